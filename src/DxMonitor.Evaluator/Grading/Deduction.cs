namespace DxMonitor.Evaluator.Grading;

/// <summary>A finding priced in points of the 0-100 score.</summary>
public sealed record Deduction(string CheckId, string Code, double Points, string Message, Evidence Evidence);
