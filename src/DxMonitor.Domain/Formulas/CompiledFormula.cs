namespace DxMonitor.Domain.Formulas;

/// <summary>
/// A <see cref="Formula"/> bound to slots: evaluating reads values by index (NaN: no value) and allocates nothing,
/// for the engine's loop over units and periods.
/// </summary>
public sealed class CompiledFormula
{
    private readonly FormulaProgram _program;

    internal CompiledFormula(Formula formula, FormulaProgram program)
    {
        Formula = formula;
        _program = program;
        SlotCount = program.MaxSlot + 1;
    }

    public Formula Formula { get; }

    /// <summary>The shortest span <see cref="Evaluate"/> accepts: one more than the highest slot bound.</summary>
    public int SlotCount { get; }

    /// <summary>Evaluates over <paramref name="slots"/>, where NaN means no value. Never throws for any values.</summary>
    /// <exception cref="ArgumentException">The span is shorter than <see cref="SlotCount"/>.</exception>
    public FormulaResult Evaluate(ReadOnlySpan<double> slots) => slots.Length >= SlotCount
        ? _program.Run(slots)
        : throw new ArgumentException($"The formula reads slot {SlotCount - 1}; only {slots.Length} were given.", nameof(slots));

    public override string ToString() => Formula.Text;
}
