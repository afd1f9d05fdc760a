using DxMonitor.Data;
using DxMonitor.Domain.Engine;
using DxMonitor.Domain.Monitoring;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Progress;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Monitoring;

/// <summary>
/// Builds the engines from the database in one scan: units, successions, indicators, targets, and every stored
/// value with the figures of reports under review over them (the working engine), and every published value as
/// published (the public engine).
/// </summary>
public static class EngineLoader
{
    public static async Task<LoadedEngines> LoadAsync(DxDbContext db, int firstYear, DateOnly today, CancellationToken ct)
    {
        var indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.Id).ToListAsync(ct);
        var reported = indicators.Aggregate(UnitLevels.None, (levels, i) => levels | i.ReportingLevels);
        var units = CarriedUnits.Select(await db.Units.AsNoTracking().OrderBy(u => u.Id).ToListAsync(ct), reported);
        var successions = await db.UnitSuccessions.AsNoTracking().ToListAsync(ct);
        var engineIndicators = EngineIndicator.From(indicators);
        var graph = new UnitGraph(units, successions);
        var working = new RollupEngine(graph, engineIndicators, firstYear, today.Year + 1);
        var published = new RollupEngine(graph, engineIndicators, firstYear, today.Year + 1);
        var indicatorIndex = indicators.Select((i, index) => (i.Id, index)).ToDictionary(x => x.Id, x => x.index);
        var from = new DateOnly(firstYear, 1, 1);
        await foreach (var v in db.DataValues.AsNoTracking().Where(v => v.PeriodStart >= from)
            .Select(v => new { v.IndicatorId, v.UnitId, v.PeriodCode, v.Value, v.Denominator, v.PublishedAt, v.PublishedValue, v.PublishedDenominator })
            .AsAsyncEnumerable().WithCancellation(ct))
        {
            if (!working.Units.IndexOf.TryGetValue(v.UnitId, out var unit))
            {
                continue; // a figure of a level no indicator is reported by any more: nothing to roll up
            }
            var indicator = indicatorIndex[v.IndicatorId];
            Apply(working, indicator, unit, v.PeriodCode, v.Value, v.Denominator);
            if (v.PublishedAt is not null && v.PublishedValue is { } shown)
            {
                Apply(published, indicator, unit, v.PeriodCode, shown, v.PublishedDenominator);
            }
        }
        // Reports under review are part of the working view (their figures over the stored ones), never of the public one.
        foreach (var v in await SubmittedEntries.Query(db).ToListAsync(ct))
        {
            if (working.Units.IndexOf.TryGetValue(v.UnitId, out var unit))
            {
                Apply(working, indicatorIndex[v.IndicatorId], unit, v.PeriodCode, v.Value, v.Denominator);
            }
        }
        var targets = await db.Targets.AsNoTracking().ToListAsync(ct);
        var inputs = targets.Select(t => new TargetInput(t.Id, indicatorIndex[t.IndicatorId], t.Scope, new TargetSpec(
            (double)t.Value, t.Deadline, engineIndicators[indicatorIndex[t.IndicatorId]].Direction,
            t.BaselineValue is { } b && Period.TryParse(t.BaselinePeriod, out var bp, out _) ? new Observation(bp.End, (double)b) : null))).ToList();
        return new LoadedEngines(working, published, inputs);
    }

    /// <summary>Puts one value into the engine (null: none); returns its period index, or -1 when outside the engine's years.</summary>
    public static int Apply(RollupEngine engine, int indicator, int unit, string periodCode, decimal? value, decimal? denominator)
    {
        var period = engine.AxisOf(indicator).IndexOf(Period.Parse(periodCode));
        if (period >= 0)
        {
            engine.SetOwn(indicator, unit, period, value is { } v ? (double)v : double.NaN, denominator is { } d ? (double)d : double.NaN);
        }
        return period;
    }
}

/// <summary>The two engines over the same units and indicators, not yet computed, and the targets.</summary>
public sealed record LoadedEngines(RollupEngine Working, RollupEngine Published, IReadOnlyList<TargetInput> Targets);
