namespace DxMonitor.Domain.Progress;

/// <summary>
/// Progress against one target: the latest value, the gap still to close (positive = still to go), the value
/// expected today on the straight trajectory from baseline to target, the status, and the Open SDG measure.
/// It is worked out once by the monitoring pass; <see cref="ProgressCalculator.Explain"/> says it in words in the
/// reader's language when it is read.
/// </summary>
public sealed record ProgressResult(
    ProgressStatus Status,
    ProgressClass Class,
    Observation? Latest,
    Observation? Baseline,
    double? Gap,
    double? Expected,
    double? Ratio,
    string Method);
