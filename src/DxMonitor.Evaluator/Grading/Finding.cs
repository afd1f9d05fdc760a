namespace DxMonitor.Evaluator.Grading;

/// <summary>
/// One defect a check found. <paramref name="Penalty"/> is the share (0..1) of the check's points it costs; a
/// check's penalties are capped at its full weight. <paramref name="Code"/> is stable and, with
/// <paramref name="Arguments"/> (the variable parts of <paramref name="Message"/>, invariant culture), lets a reader
/// render the message in its own language; <paramref name="Message"/> is the English text.
/// </summary>
public sealed record Finding(string Code, string Message, double Penalty, Evidence Evidence, IReadOnlyList<string>? Arguments = null);
