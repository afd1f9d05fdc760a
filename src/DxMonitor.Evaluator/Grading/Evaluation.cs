namespace DxMonitor.Evaluator.Grading;

/// <summary>
/// The graded result of evaluating one portal: score 0-100, grade A-E, every deduction with its evidence, and the raw
/// measurements (first byte, load metrics, bytes) by name, for trend charts and comparison with other tools.
/// </summary>
public sealed record Evaluation(
    Uri Url,
    DateTimeOffset StartedAt,
    TimeSpan Duration,
    double Score,
    string Grade,
    IReadOnlyList<CheckScore> Checks,
    IReadOnlyList<Deduction> Deductions,
    IReadOnlyDictionary<string, double> Metrics)
{
    /// <summary>The grading definition used, "code/year" (e.g. "mic-473/2024").</summary>
    public string Definition { get; init; } = "";

    /// <summary>The definition's groups and the points each kept.</summary>
    public IReadOnlyList<GroupScore> Groups { get; init; } = [];
}
