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
        await LoadValuesAsync(db, working, published, null, ct);
        return new LoadedEngines(working, published, await TargetsAsync(db, working, ct));
    }

    /// <summary>
    /// The engines with the catalogue the database holds now (indicators and targets added, edited, retired or
    /// deleted), built from the running ones: figures already held are copied, only indicators new to the engine
    /// (or whose period type or count rule changed) are read from the database. Called by the worker only, which is
    /// the engines' one writer.
    /// </summary>
    public static async Task<LoadedEngines> RecatalogueAsync(DxDbContext db, RollupEngine working, RollupEngine published, CancellationToken ct)
    {
        var indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.Id).ToListAsync(ct);
        var engineIndicators = EngineIndicator.From(indicators);
        var fresh = new HashSet<int>();
        var newWorking = working.Recatalogued(engineIndicators, i => fresh.Add(engineIndicators[i].Id));
        var newPublished = published.Recatalogued(engineIndicators);
        if (fresh.Count > 0)
        {
            await LoadValuesAsync(db, newWorking, newPublished, fresh, ct);
        }
        return new LoadedEngines(newWorking, newPublished, await TargetsAsync(db, newWorking, ct));
    }

    /// <summary>Stored values (and reports under review, working view only) of every indicator, or only of <paramref name="only"/>.</summary>
    private static async Task LoadValuesAsync(DxDbContext db, RollupEngine working, RollupEngine published, IReadOnlyCollection<int>? only, CancellationToken ct)
    {
        var indicatorIndex = Enumerable.Range(0, working.Indicators.Count).ToDictionary(i => working.Indicators[i].Id);
        var from = new DateOnly(working.FirstYear, 1, 1);
        var values = db.DataValues.AsNoTracking().Where(v => v.PeriodStart >= from);
        if (only is not null)
        {
            values = values.Where(v => only.Contains(v.IndicatorId));
        }
        await foreach (var v in values
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
        // Few (reports under review only), and their rows are built by a constructor EF cannot filter on: filtered here.
        foreach (var v in (await SubmittedEntries.Query(db).ToListAsync(ct)).Where(v => only is null || only.Contains(v.IndicatorId)))
        {
            if (working.Units.IndexOf.TryGetValue(v.UnitId, out var unit))
            {
                Apply(working, indicatorIndex[v.IndicatorId], unit, v.PeriodCode, v.Value, v.Denominator);
            }
        }
    }

    /// <summary>The targets in force (not retired).</summary>
    private static async Task<IReadOnlyList<TargetInput>> TargetsAsync(DxDbContext db, RollupEngine engine, CancellationToken ct)
    {
        var indicatorIndex = Enumerable.Range(0, engine.Indicators.Count).ToDictionary(i => engine.Indicators[i].Id);
        var targets = await db.Targets.AsNoTracking().Where(t => t.RetiredOn == null).OrderBy(t => t.Id).ToListAsync(ct);
        return [.. targets.Select(t => new TargetInput(t.Id, indicatorIndex[t.IndicatorId], t.Scope, new TargetSpec(
            (double)t.Value, t.Deadline, engine.Indicators[indicatorIndex[t.IndicatorId]].Direction,
            t.BaselineValue is { } b && Period.TryParse(t.BaselinePeriod, out var bp, out _) ? new Observation(bp.End, (double)b) : null)))];
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
