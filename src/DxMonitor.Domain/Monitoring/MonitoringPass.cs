using DxMonitor.Domain.DxIndex;
using DxMonitor.Domain.Engine;
using DxMonitor.Domain.Progress;
using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Monitoring;

/// <summary>
/// One pass over the rolled-up values: progress of every unit against every target in its scope, every
/// index for every year, and the alert candidates that follow (behind, missed, overdue, outlier, missing for
/// a ranking). Pure: the same values give the same result.
/// </summary>
public static class MonitoringPass
{
    public static MonitoringResult Run(
        RollupEngine engine, IReadOnlyList<TargetInput> targets, IReadOnlyList<IndexDefinition> indexes, PassSettings options)
    {
        var progress = targets.AsParallel().AsOrdered().SelectMany(t => Evaluate(engine, t, options.Today)).ToList();
        var indexYears = indexes.SelectMany(i => ComputeIndex(engine, i, options.Today)).ToList();
        var candidates = new List<Alerts.AlertCandidate>();
        candidates.AddRange(AlertRules.FromProgress(engine, targets, progress));
        candidates.AddRange(AlertRules.MissingForRanking(engine, indexYears));
        if (options.Overdue)
        {
            candidates.AddRange(AlertRules.Overdue(engine, options.Today, options.OverdueGraceDays));
        }
        if (options.Outliers)
        {
            candidates.AddRange(AlertRules.Outliers(engine, options.Today));
        }
        return new MonitoringResult(progress, indexYears, candidates);
    }

    public static IEnumerable<int> UnitsOfLevel(RollupEngine engine, UnitLevel level, DateOnly day) =>
        Enumerable.Range(0, engine.Units.Count).Where(u => engine.Units.Level[u] == level && engine.Units.IsValidOn(u, day.DayNumber));

    private static IEnumerable<TargetProgress> Evaluate(RollupEngine engine, TargetInput target, DateOnly today)
    {
        var axis = engine.AxisOf(target.Indicator);
        foreach (var unit in UnitsOfLevel(engine, target.Scope, today))
        {
            var observations = new List<Observation>();
            foreach (var period in axis.Periods)
            {
                if (period.End > today)
                {
                    break;
                }
                var cell = engine.Resolve(target.Indicator, unit, period);
                if (cell.HasValue)
                {
                    observations.Add(new Observation(period.End, cell.Value));
                }
            }
            yield return new TargetProgress(target.TargetId, target.Indicator, unit, ProgressCalculator.Evaluate(target.Spec, observations, today));
        }
    }

    private static IEnumerable<IndexYear> ComputeIndex(RollupEngine engine, IndexDefinition definition, DateOnly today)
    {
        var codes = engine.Indicators.Select((i, index) => (i.Code, index)).ToDictionary(x => x.Code, x => x.index, StringComparer.Ordinal);
        var firstYear = engine.Axes[Periods.PeriodType.Year].Periods[0].Year;
        for (var year = firstYear; year <= today.Year; year++)
        {
            var peers = UnitsOfLevel(engine, definition.PeerLevel, new DateOnly(year, 12, 31) < today ? new DateOnly(year, 12, 31) : today).ToList();
            var y = year;
            var scores = IndexCalculator.Compute(definition, peers,
                (code, unit) => codes.TryGetValue(code, out var i) && engine.ResolveYear(i, unit, y) is { HasValue: true } cell ? cell.Value : null,
                code => engine.Indicators[codes[code]].Direction);
            if (scores.Any(s => s.MissingCount < s.Components.Count))
            {
                yield return new IndexYear(definition.Code, year, scores);
            }
        }
    }
}
