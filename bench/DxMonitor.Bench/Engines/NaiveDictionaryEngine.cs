using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Units;

namespace DxMonitor.Bench.Engines;

/// <summary>
/// The reference the real engine must beat, written the obvious way: values in a
/// <c>Dictionary&lt;(indicator, unit, period), double&gt;</c>; a full recompute is a LINQ GroupBy into a
/// <c>Dictionary&lt;(province, indicator, period), double&gt;</c>; an incremental update recomputes, with LINQ
/// over the province's communes, every cell the report touches.
/// </summary>
public sealed class NaiveDictionaryEngine : IEngineUnderTest
{
    private BenchData? _data;
    private int[] _parents = [];
    private UnitLevel[] _levels = [];
    private AggregationRule[] _rules = [];
    private int[] _weights = [];
    private double[] _thresholds = [];
    private ILookup<int, int> _communes = Array.Empty<int>().ToLookup(u => u);
    private Dictionary<(int Indicator, int Unit, int Period), double> _values = [];
    private Dictionary<(int Province, int Indicator, int Period), double> _cells = [];

    public string Name => "naive LINQ/Dictionary";

    public void Load(BenchData data)
    {
        _data = data;
        (_parents, _levels) = (data.Units.Parents.ToArray(), data.Units.Levels.ToArray());
        (_rules, _weights, _thresholds) = (data.Indicators.Rules.ToArray(), data.Indicators.Weights.ToArray(), data.Indicators.Thresholds.ToArray());
        _communes = Enumerable.Range(0, data.Units.Count).Where(u => _levels[u] == UnitLevel.Commune).ToLookup(u => _parents[u]);
        var indicators = data.Values.Indicators;
        var units = data.Values.Units;
        var periods = data.Values.Periods;
        var values = data.Values.Values;
        _values = new Dictionary<(int, int, int), double>(values.Length);
        for (var row = 0; row < values.Length; row++)
        {
            _values[(indicators[row], units[row], periods[row])] = values[row];
        }
    }

    public void FullRecompute() => _cells = _values
        .Where(v => _levels[v.Key.Unit] == UnitLevel.Commune)
        .GroupBy(v => (Province: _parents[v.Key.Unit], v.Key.Indicator, v.Key.Period))
        .ToDictionary(g => g.Key, g => Combine(g.Key.Indicator, g.Key.Period, g.Select(v => (v.Key.Unit, v.Value))));

    public void IncrementalAfterOneReport(int unitIndex, int periodIndex)
    {
        var data = _data ?? throw new InvalidOperationException("Load first.");
        var indicators = data.Values.Indicators;
        var values = data.Values.Values;
        var rows = data.ReportRows(unitIndex, periodIndex);
        var changed = new HashSet<int>();
        for (var row = rows.Start.Value; row < rows.End.Value; row++)
        {
            _values[(indicators[row], unitIndex, periodIndex)] = values[row];
            changed.Add(indicators[row]);
        }
        if (_levels[unitIndex] != UnitLevel.Commune)
        {
            return;
        }
        var province = _parents[unitIndex];
        var affected = Enumerable.Range(0, _rules.Length).Where(i => changed.Contains(i) || changed.Contains(_weights[i]));
        foreach (var indicator in affected)
        {
            var parts = _communes[province]
                .Where(c => _values.ContainsKey((indicator, c, periodIndex)))
                .Select(c => (c, _values[(indicator, c, periodIndex)]))
                .ToList();
            _cells[(province, indicator, periodIndex)] = parts.Count == 0 ? double.NaN : Combine(indicator, periodIndex, parts);
        }
    }

    public double? ProvinceValue(int provinceIndex, int indicatorIndex, int periodIndex) =>
        _cells.TryGetValue((provinceIndex, indicatorIndex, periodIndex), out var value) && !double.IsNaN(value) ? value : null;

    private double Combine(int indicator, int period, IEnumerable<(int Unit, double Value)> parts) => _rules[indicator] switch
    {
        AggregationRule.Sum => parts.Sum(p => p.Value),
        AggregationRule.WeightedAverage => WeightedAverage(_weights[indicator], period, parts),
        AggregationRule.CountMeeting => parts.Count(p => p.Value >= _thresholds[indicator]),
        _ => double.NaN,
    };

    private double WeightedAverage(int weight, int period, IEnumerable<(int Unit, double Value)> parts)
    {
        var weighted = parts
            .Select(p => (p.Value, Weight: _values.TryGetValue((weight, p.Unit, period), out var w) ? w : double.NaN))
            .ToList();
        var total = weighted.Sum(p => p.Weight);
        // A missing weight makes the total NaN: like Aggregator, no rate is recomputed without every weight.
        return total == 0 || double.IsNaN(total) ? double.NaN : weighted.Sum(p => p.Value * p.Weight) / total;
    }
}
