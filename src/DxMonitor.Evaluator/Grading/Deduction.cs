namespace DxMonitor.Evaluator.Grading;

/// <summary>A finding priced in points of the 0-100 score, with its code's arguments for rendering it in another language.</summary>
public sealed record Deduction(string CheckId, string Code, double Points, string Message, Evidence Evidence, IReadOnlyList<string> Arguments);
