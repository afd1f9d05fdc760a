namespace DxMonitor.Bench;

/// <summary>The values as four parallel columns, one entry per (unit, indicator, quarter) reported.</summary>
public sealed class BenchValues(int[] indicators, int[] units, int[] periods, double[] values)
{
    public int Count => values.Length;

    public ReadOnlySpan<int> Indicators => indicators;
    public ReadOnlySpan<int> Units => units;
    public ReadOnlySpan<int> Periods => periods;

    /// <summary>The reported numbers; the runner overwrites a report's rows before an incremental call.</summary>
    public ReadOnlySpan<double> Values => values;

    /// <summary>Where the runner writes a report's new values.</summary>
    internal Span<double> Writable => values;
}
