using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Units;

namespace DxMonitor.Bench.Engines;

/// <summary>Computes single roll-up cells straight from the data, to check an engine after an incremental update.</summary>
public sealed class RollupCheck
{
    private readonly BenchData _data;
    private readonly ILookup<int, int> _communes;

    public RollupCheck(BenchData data)
    {
        _data = data;
        var (levels, parents) = (data.Units.Levels.ToArray(), data.Units.Parents.ToArray());
        _communes = Enumerable.Range(0, data.Units.Count).Where(u => levels[u] == UnitLevel.Commune).ToLookup(u => parents[u]);
    }

    /// <summary>The indicators communes report, whose cells a commune's report can change.</summary>
    public IEnumerable<int> CommuneIndicators() =>
        Enumerable.Range(0, _data.Indicators.Count).Where(i => _data.Indicators.Levels[i] == UnitLevel.Commune);

    public double? Cell(int province, int indicator, int period)
    {
        var parts = _communes[province]
            .Select(c => (Value: ValueOf(c, indicator, period), Weight: ValueOf(c, _data.Indicators.Weights[indicator], period)))
            .Where(p => p.Value is not null)
            .Select(p => (Value: p.Value ?? 0, Weight: p.Weight ?? double.NaN))
            .ToList();
        if (parts.Count == 0)
        {
            return null;
        }
        var rule = _data.Indicators.Rules[indicator];
        var threshold = _data.Indicators.Thresholds[indicator];
        var totalWeight = parts.Sum(p => p.Weight);
        return rule switch
        {
            AggregationRule.Sum => parts.Sum(p => p.Value),
            AggregationRule.CountMeeting => parts.Count(p => p.Value >= threshold),
            AggregationRule.WeightedAverage when totalWeight != 0 && !double.IsNaN(totalWeight) => parts.Sum(p => p.Value * p.Weight) / totalWeight,
            _ => null,
        };
    }

    private double? ValueOf(int unit, int indicator, int period)
    {
        if (indicator < 0)
        {
            return null;
        }
        var rows = _data.ReportRows(unit, period);
        for (var row = rows.Start.Value; row < rows.End.Value; row++)
        {
            if (_data.Values.Indicators[row] == indicator)
            {
                return _data.Values.Values[row];
            }
        }
        return null;
    }
}
