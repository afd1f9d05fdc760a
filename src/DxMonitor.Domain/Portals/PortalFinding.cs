namespace DxMonitor.Domain.Portals;

/// <summary>
/// A finding of an evaluation: a deduction (points &gt; 0) or an observation (0 points, e.g. a service found), with the
/// evidence that lets the unit fix it: URL, header, element, metric.
/// </summary>
public sealed class PortalFinding
{
    public int Id { get; private set; }
    public int EvaluationId { get; private set; }
    public required string CheckId { get; init; }
    public required string Code { get; init; }
    public required double Points { get; init; }
    public required string Message { get; init; }
    public string? EvidenceUrl { get; init; }
    public string? EvidenceHeader { get; init; }
    public string? EvidenceElement { get; init; }
    public string? EvidenceMetric { get; init; }
}
