namespace DxMonitor.Domain.Portals;

/// <summary>One check's share of an evaluation's score; an unmeasured check has a reason and no weight.</summary>
public sealed class PortalCheckScore
{
    public int Id { get; private set; }
    public int EvaluationId { get; private set; }
    public required string CheckId { get; init; }
    public required double Weight { get; init; }
    public required double Points { get; init; }
    public required bool Measured { get; init; }
    public string? NotMeasuredReason { get; init; }
}
