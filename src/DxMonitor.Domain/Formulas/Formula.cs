using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using DxMonitor.Domain.Resources;

namespace DxMonitor.Domain.Formulas;

/// <summary>
/// The formula of a computed indicator, e.g. <c>100 * PRV.DOSSIERS_ONLINE / PRV.DOSSIERS_TOTAL</c>: indicator
/// codes and numbers combined with <c>+ - * /</c>, unary minus, parentheses and the functions <c>min(a, b, …)</c>,
/// <c>max(a, b, …)</c>, <c>abs(x)</c>, <c>round(x, digits)</c> (digits 0 to 15, halves away from zero) and
/// <c>ifnull(x, fallback)</c> (the fallback when x has no value for any reason).
/// <para>
/// Codes are upper-case (<c>^[A-Z0-9][A-Z0-9._-]{0,39}$</c> with at least one letter); function names and the
/// exponent of a number (<c>1e3</c>) are lower-case; numbers use '.' for decimals whatever the culture.
/// </para>
/// <para>
/// The hyphen rule: a '-' directly between a word character and an upper-case letter or digit belongs to the
/// code, so <c>A-B</c> and <c>PRV.X-1</c> are single codes. To subtract after a code, put a space or a bracket
/// before the '-': <c>A - B</c>, <c>A -1</c>, <c>(A)-B</c>. After a number the '-' always subtracts
/// (<c>2-3</c>, <c>100-A</c>). A code that was meant as a subtraction shows up as unknown in
/// <see cref="Validate"/>, whose message says so.
/// </para>
/// Parse once, then <see cref="Evaluate"/> or <see cref="Bind"/> to slots for evaluating many times.
/// </summary>
public sealed class Formula
{
    private static readonly Texts Messages = new(typeof(FormulaText));

    public const int MaxLength = 500;
    public const int MaxNesting = 32;

    private readonly FormulaProgram _program;
    private readonly string[] _referenceOrder;
    private readonly int[] _referencePositions;

    internal Formula(string text, FormulaProgram program, string[] referenceOrder, int[] referencePositions)
    {
        Text = text;
        _program = program;
        _referenceOrder = referenceOrder;
        _referencePositions = referencePositions;
        References = referenceOrder.ToFrozenSet(StringComparer.Ordinal);
    }

    public string Text { get; }

    /// <summary>The indicator codes the formula uses.</summary>
    public IReadOnlySet<string> References { get; }

    public static Formula Parse(string? text) =>
        TryParse(text, out var formula, out var error) ? formula : throw new RuleViolationException(error, "formula");

    /// <summary>Parses a formula; on failure the error says what is wrong and at which position (counted from 0).</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Formula? formula, [NotNullWhen(false)] out string? error)
    {
        formula = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            error = Messages.Format("Empty");
            return false;
        }
        if (text.Length > MaxLength)
        {
            error = Messages.Format("TooLong", text.Length, MaxLength);
            return false;
        }
        return FormulaParser.TryParse(text, out formula, out error);
    }

    /// <summary>One problem per code that <paramref name="isKnownCode"/> does not know, in the order they appear.</summary>
    public IReadOnlyList<FieldProblem> Validate(Func<string, bool> isKnownCode)
    {
        var problems = new List<FieldProblem>();
        for (var i = 0; i < _referenceOrder.Length; i++)
        {
            var code = _referenceOrder[i];
            if (!isKnownCode(code))
            {
                var hint = code.Contains('-', StringComparison.Ordinal) ? Messages.Format("HyphenHint") : "";
                problems.Add(new("formula", Messages.Format("UnknownCode", code, _referencePositions[i]) + hint));
            }
        }
        return problems;
    }

    /// <summary>Evaluates with the values <paramref name="valueOf"/> gives (null or NaN: no value). Never throws.</summary>
    public FormulaResult Evaluate(Func<string, double?> valueOf)
    {
        var slots = new double[_referenceOrder.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            slots[i] = valueOf(_referenceOrder[i]) ?? double.NaN;
        }
        return _program.Run(slots);
    }

    /// <summary>
    /// Compiles the formula against the caller's slots, once, for evaluating many times with no look-up or
    /// allocation. <paramref name="slotOf"/> gives the slot of each referenced code.
    /// </summary>
    /// <exception cref="ArgumentException">A code was given a negative slot.</exception>
    public CompiledFormula Bind(Func<string, int> slotOf)
    {
        var slots = new int[_referenceOrder.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            slots[i] = slotOf(_referenceOrder[i]);
            if (slots[i] < 0)
            {
                throw new ArgumentException($"No slot for {_referenceOrder[i]}: {slots[i]}.", nameof(slotOf));
            }
        }
        return new CompiledFormula(this, _program.WithSlots(slots));
    }

    public override string ToString() => Text;
}
