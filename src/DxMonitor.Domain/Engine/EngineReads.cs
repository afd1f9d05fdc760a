using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Rollups;

namespace DxMonitor.Domain.Engine;

/// <summary>Reads from the engine as people ask: a unit's value for a period (through mergers) or for a year.</summary>
public static class EngineReads
{
    public static ResolvedCell Resolve(this RollupEngine engine, int indicator, int unit, Period period)
    {
        var axis = engine.AxisOf(indicator);
        var p = axis.IndexOf(period);
        if (p < 0)
        {
            return ResolvedCell.Empty;
        }
        if (engine.Units.IsValidOn(unit, axis.EndDay[p]))
        {
            var (value, denominator) = engine.Effective(indicator, unit, p);
            var own = engine.Columns[indicator].Own[engine.Cell(unit, p)];
            return double.IsNaN(value) ? ResolvedCell.Empty
                : new(value, denominator, double.IsNaN(own) ? CellSource.RolledUp : CellSource.Reported);
        }
        return FromPredecessors(engine, indicator, unit, p, period);
    }

    private static ResolvedCell FromPredecessors(RollupEngine engine, int indicator, int unit, int p, Period period)
    {
        var definition = engine.Indicators[indicator];
        var contributors = engine.Units.Lineage.ContributorsFor(engine.Units.Units[unit].Id, period);
        if (contributors.Count == 0)
        {
            return ResolvedCell.Empty;
        }
        var parts = new List<Contribution>(contributors.Count);
        foreach (var contributor in contributors)
        {
            var index = engine.Units.IndexOf[contributor.UnitId];
            var (value, _) = engine.Effective(indicator, index, p);
            if (double.IsNaN(value))
            {
                return ResolvedCell.Empty; // a missing predecessor makes a partial figure: say nothing rather than too little
            }
            var weight = definition.WeightIndex >= 0 ? engine.Effective(definition.WeightIndex, index, p).Value : double.NaN;
            parts.Add(new Contribution(contributor.UnitId, (decimal)value, double.IsNaN(weight) ? null : (decimal)weight, contributor.Share));
        }
        var combined = Aggregator.Combine(definition.Rule, parts, definition.Condition);
        return combined.Value is { } v
            ? new ResolvedCell((double)v, combined.Denominator is { } d ? (double)d : double.NaN, CellSource.Predecessors)
            : ResolvedCell.Empty;
    }

    /// <summary>The value for a calendar year from the indicator's own periods: the last (stocks), the sum (flows) or the mean.</summary>
    public static ResolvedCell ResolveYear(this RollupEngine engine, int indicator, int unit, int year)
    {
        var definition = engine.Indicators[indicator];
        var yearPeriod = Period.Create(PeriodType.Year, year, 1);
        if (definition.PeriodType == PeriodType.Year)
        {
            return engine.Resolve(indicator, unit, yearPeriod);
        }
        var cells = engine.AxisOf(indicator).Periods.Where(p => p.Year == year)
            .Select(p => engine.Resolve(indicator, unit, p)).Where(c => c.HasValue).ToList();
        if (cells.Count == 0)
        {
            return ResolvedCell.Empty;
        }
        return definition.TimeAggregation switch
        {
            TimeAggregation.Sum => new(cells.Sum(c => c.Value), double.NaN, cells[^1].Source),
            TimeAggregation.Average => new(cells.Average(c => c.Value), double.NaN, cells[^1].Source),
            _ => cells[^1],
        };
    }
}
