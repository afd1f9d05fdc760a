namespace DxMonitor.Evaluator.Grading;

/// <summary>One check's share of the score: its effective weight (after unmeasured checks' weight is shared) and the points kept.</summary>
public sealed record CheckScore(string CheckId, double Weight, double Points, bool Measured, string? NotMeasuredReason);
