using System.Globalization;

namespace DxMonitor.Domain.Formulas;

/// <summary>
/// The outcome of evaluating a formula: a finite value, or no value and the reason, e.g.
/// "PRV.DOSSIERS_TOTAL has no value" or "division by zero: PRV.DOSSIERS_TOTAL is 0".
/// </summary>
public readonly record struct FormulaResult
{
    private FormulaResult(double? value, string? noValueReason)
    {
        Value = value;
        NoValueReason = noValueReason;
    }

    /// <summary>The value; never NaN or infinite.</summary>
    public double? Value { get; }

    public string? NoValueReason { get; }

    public bool HasValue => Value is not null;

    public static FormulaResult Of(double value) => double.IsFinite(value)
        ? new(value, null)
        : throw new ArgumentOutOfRangeException(nameof(value), value, "A formula's value is a finite number.");

    public static FormulaResult None(string reason) => new(null, reason);

    public override string ToString() => Value is { } value
        ? value.ToString(CultureInfo.InvariantCulture)
        : $"no value: {NoValueReason}";
}
