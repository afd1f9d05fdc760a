namespace DxMonitor.Domain.Portals;

/// <summary>One evaluation of a portal: its score, grade, each check's points and every finding with evidence.</summary>
public sealed class PortalEvaluation
{
    public int Id { get; private set; }
    public required int PortalId { get; init; }
    public required DateTime StartedAt { get; init; }
    public required int DurationMs { get; init; }
    public required double Score { get; init; }
    public required string Grade { get; init; }

    /// <summary>"on-demand" (asked for by <see cref="RequestedBy"/>) or "scheduled".</summary>
    public required string Trigger { get; init; }
    public required string RequestedBy { get; init; }

    /// <summary>The grading definition the evaluation used, "code/year" (e.g. "mic-473/2024"); null for evaluations stored before it was kept.</summary>
    public string? Definition { get; init; }
    public List<PortalCheckScore> Checks { get; init; } = [];
    public List<PortalFinding> Findings { get; init; } = [];
}
