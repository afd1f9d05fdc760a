namespace DxMonitor.Domain.Formulas;

/// <summary>
/// A formula compiled to postfix steps over a stack. Every value on the stack is finite or NaN; a NaN carries
/// the index of the reason it has no value, so evaluating allocates nothing and formats no string.
/// </summary>
internal sealed class FormulaProgram(Instruction[] code, string[] reasons, int maxStack)
{
    /// <summary>The largest slot a <see cref="OpCode.Load"/> reads, or -1 when the formula reads none.</summary>
    public int MaxSlot { get; } = code.Where(i => i.Op == OpCode.Load).Select(i => i.Argument).DefaultIfEmpty(-1).Max();

    public FormulaProgram WithSlots(int[] slotOfReference) =>
        new([.. code.Select(i => i.Op == OpCode.Load ? i with { Argument = slotOfReference[i.Argument] } : i)], reasons, maxStack);

    public FormulaResult Run(ReadOnlySpan<double> slots)
    {
        Span<double> values = stackalloc double[maxStack];
        Span<int> why = stackalloc int[maxStack];
        var top = -1;
        foreach (ref readonly var step in code.AsSpan())
        {
            switch (step.Op)
            {
                case OpCode.Constant:
                    values[++top] = step.Constant;
                    break;
                case OpCode.Load:
                    Load(values, why, ++top, slots[step.Argument], step.Reason);
                    break;
                case OpCode.Negate:
                    values[top] = -values[top];
                    break;
                case OpCode.Abs:
                    values[top] = Math.Abs(values[top]);
                    break;
                case OpCode.Add:
                    top--;
                    Binary(values, why, top, values[top] + values[top + 1], step.Reason);
                    break;
                case OpCode.Subtract:
                    top--;
                    Binary(values, why, top, values[top] - values[top + 1], step.Reason);
                    break;
                case OpCode.Multiply:
                    top--;
                    Binary(values, why, top, values[top] * values[top + 1], step.Reason);
                    break;
                case OpCode.Divide:
                    top--;
                    Divide(values, why, top, step.Reason);
                    break;
                case OpCode.Min or OpCode.Max:
                    top -= step.Argument - 1;
                    Extreme(values.Slice(top, step.Argument), why.Slice(top, step.Argument), step.Op == OpCode.Max);
                    break;
                case OpCode.Round:
                    top--;
                    Round(values, why, top, step.Reason);
                    break;
                default:
                    top--;
                    if (double.IsNaN(values[top]))
                    {
                        values[top] = values[top + 1];
                        why[top] = why[top + 1];
                    }
                    break;
            }
        }
        return double.IsNaN(values[0]) ? FormulaResult.None(reasons[why[0]]) : FormulaResult.Of(values[0]);
    }

    private static void Load(Span<double> values, Span<int> why, int i, double value, int reason)
    {
        values[i] = double.IsFinite(value) ? value : double.NaN;
        // The reason after "has no value" is "is not a finite number", for infinities handed in.
        why[i] = double.IsNaN(value) ? reason : reason + 1;
    }

    private static bool EitherMissing(Span<double> values, Span<int> why, int i)
    {
        if (double.IsNaN(values[i]))
        {
            return true;
        }
        if (double.IsNaN(values[i + 1]))
        {
            values[i] = double.NaN;
            why[i] = why[i + 1];
            return true;
        }
        return false;
    }

    private static void Binary(Span<double> values, Span<int> why, int i, double result, int overflowReason)
    {
        if (!EitherMissing(values, why, i))
        {
            Set(values, why, i, result, overflowReason);
        }
    }

    private static void Divide(Span<double> values, Span<int> why, int i, int reason)
    {
        if (EitherMissing(values, why, i))
        {
            return;
        }
        if (values[i + 1] == 0)
        {
            values[i] = double.NaN;
            why[i] = reason;
            return;
        }
        // The reason after "division by zero" is the division's "is not a finite number".
        Set(values, why, i, values[i] / values[i + 1], reason + 1);
    }

    private static void Extreme(Span<double> values, Span<int> why, bool max)
    {
        var result = values[0];
        for (var k = 0; k < values.Length; k++)
        {
            if (double.IsNaN(values[k]))
            {
                values[0] = double.NaN;
                why[0] = why[k];
                return;
            }
            result = max ? Math.Max(result, values[k]) : Math.Min(result, values[k]);
        }
        values[0] = result;
    }

    private static void Round(Span<double> values, Span<int> why, int i, int reason)
    {
        if (EitherMissing(values, why, i))
        {
            return;
        }
        var digits = values[i + 1];
        if (digits is < 0 or > 15 || digits != Math.Floor(digits))
        {
            values[i] = double.NaN;
            why[i] = reason;
            return;
        }
        values[i] = Math.Round(values[i], (int)digits, MidpointRounding.AwayFromZero);
    }

    private static void Set(Span<double> values, Span<int> why, int i, double result, int overflowReason)
    {
        values[i] = double.IsFinite(result) ? result : double.NaN;
        why[i] = overflowReason;
    }
}
