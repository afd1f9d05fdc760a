namespace DxMonitor.Evaluator.Grading;

/// <summary>
/// What one check concluded. A check that could not be measured (browser disabled by configuration) is left out of
/// the score and its weight shared among the others; a check that could not be measured because the portal failed
/// (did not load, timed out) is measured and scores zero through its findings.
/// </summary>
public sealed record CheckResult(string CheckId, bool Measured, IReadOnlyList<Finding> Findings, string? NotMeasuredReason = null)
{
    public static CheckResult Of(string checkId, IEnumerable<Finding> findings) => new(checkId, true, findings.ToList());

    public static CheckResult NotMeasured(string checkId, string reason) => new(checkId, false, [], reason);
}
