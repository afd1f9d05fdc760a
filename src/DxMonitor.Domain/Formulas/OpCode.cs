namespace DxMonitor.Domain.Formulas;

/// <summary>The operations of a compiled formula, run on a stack of values.</summary>
internal enum OpCode
{
    Constant,
    Load,
    Negate,
    Add,
    Subtract,
    Multiply,
    Divide,
    Min,
    Max,
    Abs,
    Round,
    IfNull,
}
