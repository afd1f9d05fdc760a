namespace DxMonitor.Domain.Formulas;

/// <summary>
/// One step of a compiled formula. <see cref="Argument"/> is the slot of a <see cref="OpCode.Load"/> or the
/// argument count of <see cref="OpCode.Min"/> and <see cref="OpCode.Max"/>; <see cref="Reason"/> indexes the
/// program's precomputed no-value reasons, so that evaluating never formats a string.
/// </summary>
internal readonly record struct Instruction(OpCode Op, int Argument = 0, double Constant = 0, int Reason = -1);
