namespace DxMonitor.Domain.Engine;

/// <summary>
/// The values of one indicator as dense period-major arrays (index = period × units + unit); NaN is "no value".
/// Own holds what units reported; Effective what each unit has once children are rolled up into it.
/// Denominators exist only for counts of units.
/// </summary>
public sealed class IndicatorColumn
{
    public IndicatorColumn(int units, int periods, bool hasDenominators)
    {
        Own = New(units * periods);
        Effective = New(units * periods);
        if (hasDenominators)
        {
            OwnDenominator = New(units * periods);
            EffectiveDenominator = New(units * periods);
        }
    }

    public double[] Own { get; }
    public double[] Effective { get; }
    public double[]? OwnDenominator { get; }
    public double[]? EffectiveDenominator { get; }

    private static double[] New(int length)
    {
        var array = GC.AllocateUninitializedArray<double>(length);
        Array.Fill(array, double.NaN);
        return array;
    }
}
