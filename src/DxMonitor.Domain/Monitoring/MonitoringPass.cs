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
        RollupEngine engine, IReadOnlyList<TargetInput> targets, IReadOnlyList<IndexSchedule> indexes, PassSettings options)
    {
        var progress = targets.AsParallel().AsOrdered().SelectMany(t => Evaluate(engine, t, options.Today)).ToList();
        var indexYears = ComputeIndexes(engine, indexes, options.Today);
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
            candidates.AddRange(PeerOutlierRule.Evaluate(engine, options.Today));
        }
        return new MonitoringResult(progress, indexYears, candidates);
    }

    public static IEnumerable<int> UnitsOfLevel(RollupEngine engine, UnitLevel level, DateOnly day) =>
        Enumerable.Range(0, engine.Units.Count).Where(u => engine.Units.Level[u] == level && engine.Units.IsValidOn(u, day.DayNumber));

    private static IEnumerable<TargetProgress> Evaluate(RollupEngine engine, TargetInput target, DateOnly today) =>
        UnitsOfLevel(engine, target.Scope, today).Select(unit => EvaluateOne(engine, target, unit, today));

    public static TargetProgress EvaluateOne(RollupEngine engine, TargetInput target, int unit, DateOnly today)
    {
        var observations = new List<Observation>();
        foreach (var period in engine.AxisOf(target.Indicator).Periods)
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
        return new TargetProgress(target.TargetId, target.Indicator, unit, ProgressCalculator.Evaluate(target.Spec, observations, today));
    }

    /// <summary>Every index for every year the engine holds, each year with the methodology in force for it.</summary>
    public static List<IndexYear> ComputeIndexes(RollupEngine engine, IReadOnlyList<IndexSchedule> indexes, DateOnly today) =>
        [.. indexes.SelectMany(i => ComputeIndex(engine, i, today)).OrderBy(y => y.Index, StringComparer.Ordinal).ThenBy(y => y.Year)];

    private static IEnumerable<IndexYear> ComputeIndex(RollupEngine engine, IndexSchedule schedule, DateOnly today)
    {
        var firstYear = engine.Axes[Periods.PeriodType.Year].Periods[0].Year;
        for (var year = firstYear; year <= today.Year; year++)
        {
            if (ComputeIndexYear(engine, schedule, year, today) is { } indexYear)
            {
                yield return indexYear;
            }
        }
    }

    /// <summary>An index for one year with the methodology in force that year; null without one.</summary>
    public static IndexYear? ComputeIndexYear(RollupEngine engine, IndexSchedule schedule, int year, DateOnly today) =>
        schedule.For(year) is { } methodology
            ? ComputeIndexYear(engine, methodology.Definition, year, today) is { } computed ? computed with { Methodology = methodology } : null
            : null;

    /// <summary>An index for one year, by one definition, among the peers valid at the year's end (or today); null when no peer has any value.</summary>
    public static IndexYear? ComputeIndexYear(RollupEngine engine, IndexDefinition definition, int year, DateOnly today)
    {
        if (year > today.Year)
        {
            return null;
        }
        var codes = engine.Indicators.Select((i, index) => (i.Code, index)).ToDictionary(x => x.Code, x => x.index, StringComparer.Ordinal);
        var peers = UnitsOfLevel(engine, definition.PeerLevel, new DateOnly(year, 12, 31) < today ? new DateOnly(year, 12, 31) : today).ToList();
        var groups = definition.Groups.SelectMany(g => g.Units.Select(u => (Unit: u, g.Code))).ToLookup(x => x.Unit, x => x.Code, StringComparer.Ordinal);
        var scores = IndexCalculator.Compute(definition, peers,
            (code, unit) => codes.TryGetValue(code, out var i) && engine.ResolveYear(i, unit, year) is { HasValue: true } cell ? cell.Value : null,
            code => engine.Indicators[codes[code]].Direction,
            unit => groups[engine.Units.Units[unit].Code].FirstOrDefault());
        return scores.Any(s => s.Components.Any(c => !c.Missing)) ? new IndexYear(definition.Code, year, scores) : null;
    }
}
