namespace DxMonitor.Evaluator.Grading;

/// <summary>
/// One defect a check found. <paramref name="Penalty"/> is the share (0..1) of the check's points it costs; a
/// check's penalties are capped at its full weight.
/// </summary>
public sealed record Finding(string Code, string Message, double Penalty, Evidence Evidence);
