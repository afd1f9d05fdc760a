using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Rankings;

namespace DxMonitor.Domain.Engine;

/// <summary>A unit's place among its peers by one indicator's value for a year, and its place the year before.</summary>
public sealed record IndicatorPlace(int Unit, int Rank, double Value, double? Previous, int? PreviousRank);

/// <summary>Ranks units by one indicator for a calendar year, best first by the indicator's direction, with the change from the year before.</summary>
public static class IndicatorRanking
{
    /// <summary>
    /// Units with a value for the year, ranked (equal values share a rank, the next rank skips: 1, 2, 2, 4). A
    /// merged unit's previous year is its predecessors' combined value, so the change is measured like for like.
    /// </summary>
    public static IReadOnlyList<IndicatorPlace> Rank(RollupEngine engine, int indicator, IReadOnlyList<int> units, int year)
    {
        var direction = engine.Indicators[indicator].Direction;
        var current = Values(engine, indicator, units, year);
        var previous = Values(engine, indicator, units, year - 1);
        var currentRanks = SharedRanks.Of(current.Select(x => (x.Key, (double?)x.Value)), direction == Direction.LowerIsBetter);
        var previousRanks = SharedRanks.Of(previous.Select(x => (x.Key, (double?)x.Value)), direction == Direction.LowerIsBetter);
        return [.. current
            .Select(x => new IndicatorPlace(x.Key, currentRanks[x.Key], x.Value,
                previous.TryGetValue(x.Key, out var before) ? before : null, previousRanks.TryGetValue(x.Key, out var r) ? r : null))
            .OrderBy(x => x.Rank).ThenBy(x => engine.Units.Units[x.Unit].Code, StringComparer.Ordinal)];
    }

    private static Dictionary<int, double> Values(RollupEngine engine, int indicator, IReadOnlyList<int> units, int year)
    {
        var values = new Dictionary<int, double>(units.Count);
        foreach (var unit in units)
        {
            var cell = engine.ResolveYear(indicator, unit, year);
            if (cell.HasValue)
            {
                values[unit] = cell.Value;
            }
        }
        return values;
    }
}
