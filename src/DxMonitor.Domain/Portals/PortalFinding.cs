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

    /// <summary>The finding's text in English when it was evaluated; pages and the API render it from the code and arguments.</summary>
    public required string Message { get; init; }

    /// <summary>The variable parts of the message (invariant culture), in the order the code's resource text uses them.</summary>
    public List<string> Arguments { get; init; } = [];
    public string? EvidenceUrl { get; init; }
    public string? EvidenceHeader { get; init; }
    public string? EvidenceElement { get; init; }
    public string? EvidenceMetric { get; init; }
}
