namespace DxMonitor.Bench.Baselines;

/// <summary>Roll-up results by (province index, indicator index, period index); NaN where there is no value.</summary>
public sealed class RollupCells
{
    private readonly Dictionary<(int Province, int Indicator, int Period), double> _cells = [];

    public int Count => _cells.Count;

    public IEnumerable<(int Province, int Indicator, int Period)> Keys => _cells.Keys;

    public void Set(int province, int indicator, int period, double value) => _cells[(province, indicator, period)] = value;

    public double? Get(int province, int indicator, int period) =>
        _cells.TryGetValue((province, indicator, period), out var value) && !double.IsNaN(value) ? value : null;

    /// <summary>How many of these cells another result lacks or differs on (relative tolerance 1e-9).</summary>
    public int CountDifferences(Func<int, int, int, double?> other) =>
        _cells.Count(cell => !Same(Get(cell.Key.Province, cell.Key.Indicator, cell.Key.Period),
            other(cell.Key.Province, cell.Key.Indicator, cell.Key.Period)));

    public static bool Same(double? expected, double? actual) => (expected, actual) switch
    {
        (null, null) => true,
        ({ } e, { } a) => Math.Abs(e - a) <= 1e-9 * Math.Max(1, Math.Max(Math.Abs(e), Math.Abs(a))),
        _ => false,
    };
}
