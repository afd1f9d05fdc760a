namespace DxMonitor.Evaluator.Grading;

/// <summary>One group's share of the score: its points after unmeasured checks' points are shared, and the points kept.</summary>
public sealed record GroupScore(string GroupId, double Weight, double Points);
