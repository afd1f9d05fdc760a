namespace DxMonitor.Domain.Formulas;

/// <summary>Collects the steps, no-value reasons and referenced codes of a formula as the parser reads it.</summary>
internal sealed class FormulaProgramBuilder
{
    public const string RoundDigitsReason = "round: the digits must be a whole number from 0 to 15";

    private readonly List<Instruction> _code = [];
    private readonly List<string> _reasons = [];
    private readonly List<string> _references = [];
    private readonly List<int> _positions = [];
    private readonly List<int> _referenceReasons = [];
    private int _stack;
    private int _maxStack;

    public int Count => _code.Count;

    public Instruction Last => _code[^1];

    public void Constant(double value) => Push(new(OpCode.Constant, Constant: value));

    public void Load(string code, int position)
    {
        var slot = _references.IndexOf(code);
        if (slot < 0)
        {
            slot = _references.Count;
            _references.Add(code);
            _positions.Add(position);
            _referenceReasons.Add(Reason($"{code} has no value"));
            Reason($"{code} is not a finite number");
        }
        Push(new(OpCode.Load, slot, Reason: _referenceReasons[slot]));
    }

    /// <summary>Adds an operation that takes <paramref name="operands"/> values from the stack and leaves one.</summary>
    public void Apply(OpCode op, int operands, int reason = -1)
    {
        _code.Add(new(op, operands, Reason: reason));
        _stack -= operands - 1;
    }

    public int Reason(string reason)
    {
        _reasons.Add(reason);
        return _reasons.Count - 1;
    }

    public Formula Build(string text) =>
        new(text, new FormulaProgram([.. _code], [.. _reasons], _maxStack), [.. _references], [.. _positions]);

    private void Push(Instruction step)
    {
        _code.Add(step);
        _maxStack = Math.Max(_maxStack, ++_stack);
    }
}
