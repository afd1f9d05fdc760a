using DxMonitor.Domain.Alerts;
using DxMonitor.Domain.DxIndex;
using DxMonitor.Domain.Engine;

namespace DxMonitor.Domain.Monitoring;

/// <summary>
/// Brings a previous pass up to date after one report, redoing only what it can change: progress of the
/// reporting unit and its ancestors for the touched indicators, the indexes that use them for the touched
/// years, and the alert rules for those units and indicators. Gives the same result as a full pass.
/// </summary>
public static class MonitoringUpdate
{
    public static MonitoringResult Apply(
        RollupEngine engine, IReadOnlyList<TargetInput> targets, IReadOnlyList<IndexSchedule> indexes, PassSettings settings,
        MonitoringResult previous, int unit, IReadOnlySet<(int Indicator, int Period)> touched)
    {
        var units = engine.Units.Ancestors(unit).Prepend(unit).ToHashSet();
        var unitIds = units.Select(u => engine.Units.Units[u].Id).ToHashSet();
        var indicators = touched.Select(t => t.Indicator).ToHashSet();
        var indicatorIds = indicators.Select(i => engine.Indicators[i].Id).ToHashSet();

        var targetById = targets.ToDictionary(t => t.TargetId);
        var progress = previous.Progress.Select(p => indicators.Contains(p.Indicator) && units.Contains(p.Unit)
            ? MonitoringPass.EvaluateOne(engine, targetById[p.TargetId], p.Unit, settings.Today)
            : p).ToList();

        var codes = indicators.Select(i => engine.Indicators[i].Code).ToHashSet(StringComparer.Ordinal);
        var years = touched.Select(t => engine.AxisOf(t.Indicator).Periods[t.Period].Year).ToHashSet();
        var changedIndexes = indexes.Where(d => d.Reads(codes)).ToDictionary(d => d.Code);
        var indexYears = previous.Indexes
            .Where(y => !(changedIndexes.ContainsKey(y.Index) && years.Contains(y.Year)))
            .Concat(changedIndexes.Values.SelectMany(d => years.Select(y => MonitoringPass.ComputeIndexYear(engine, d, y, settings.Today)).OfType<IndexYear>()))
            .OrderBy(y => y.Index, StringComparer.Ordinal).ThenBy(y => y.Year)
            .ToList();

        var candidates = new List<AlertCandidate>();
        candidates.AddRange(AlertRules.FromProgress(engine, targets, progress));
        candidates.AddRange(AlertRules.MissingForRanking(engine, indexYears));
        if (settings.Overdue)
        {
            candidates.AddRange(previous.Candidates.Where(c => c.Rule == AlertRule.ReportOverdue && !unitIds.Contains(c.UnitId)));
            candidates.AddRange(AlertRules.Overdue(engine, settings.Today, settings.OverdueGraceDays, units));
        }
        if (settings.Outliers)
        {
            // Against its own history only the reporting unit's line moves; against peers, the whole level's spread in the
            // periods the report touched (a late report or a correction of an old period moves that period's peers), no other.
            var touchedCells = touched.Select(t => (engine.Indicators[t.Indicator].Id, engine.AxisOf(t.Indicator).Periods[t.Period].Code)).ToHashSet();
            candidates.AddRange(previous.Candidates.Where(c => c.Rule == AlertRule.Outlier && !(c.IndicatorId is { } id
                && (c.Fingerprint.StartsWith("outlier-peers:", StringComparison.Ordinal)
                    ? touchedCells.Contains((id, c.PeriodCode ?? ""))
                    : indicatorIds.Contains(id) && unitIds.Contains(c.UnitId)))));
            candidates.AddRange(AlertRules.Outliers(engine, settings.Today, units, indicators));
            candidates.AddRange(PeerOutlierRule.Evaluate(engine, settings.Today, touched));
        }
        return new MonitoringResult(progress, indexYears, candidates);
    }

    /// <summary>
    /// Brings a pass up to date after a catalogue change (indicators edited or added, targets set or changed): the engine
    /// is the one rebuilt with the new catalogue, its figures recomputed. Progress is evaluated again only for targets
    /// that changed or follow an indicator whose definition changed or reads one that did; the indexes and the overdue
    /// rule, which are cheap, are redone whole; outliers are found again only for those indicators. Gives the same result
    /// as a full pass. Null when an indicator left the catalogue (indicator positions moved): a full pass is needed.
    /// </summary>
    public static MonitoringResult? AfterRecatalogue(
        RollupEngine engine, IReadOnlyList<EngineIndicator> before, IReadOnlyList<TargetInput> targets, IReadOnlyList<TargetInput> previousTargets,
        IReadOnlyList<IndexSchedule> indexes, PassSettings settings, MonitoringResult previous)
    {
        if (before.Count > engine.Indicators.Count || Enumerable.Range(0, before.Count).Any(i => before[i].Id != engine.Indicators[i].Id))
        {
            return null;
        }
        var affected = Affected(engine.Indicators, before);
        var affectedIds = affected.Select(i => engine.Indicators[i].Id).ToHashSet();
        var unchangedTargets = previousTargets.Where(t => !affected.Contains(t.Indicator)).ToHashSet();
        var kept = previous.Progress.GroupBy(p => p.TargetId).ToDictionary(g => g.Key, g => g.ToList());
        var progress = new List<TargetProgress>();
        foreach (var target in targets)
        {
            progress.AddRange(unchangedTargets.Contains(target) && kept.TryGetValue(target.TargetId, out var rows)
                ? rows
                : MonitoringPass.UnitsOfLevel(engine, target.Scope, settings.Today).Select(unit => MonitoringPass.EvaluateOne(engine, target, unit, settings.Today)));
        }
        var indexYears = MonitoringPass.ComputeIndexes(engine, indexes, settings.Today);
        var candidates = new List<AlertCandidate>();
        candidates.AddRange(AlertRules.FromProgress(engine, targets, progress));
        candidates.AddRange(AlertRules.MissingForRanking(engine, indexYears));
        if (settings.Overdue)
        {
            candidates.AddRange(AlertRules.Overdue(engine, settings.Today, settings.OverdueGraceDays));
        }
        if (settings.Outliers)
        {
            candidates.AddRange(previous.Candidates.Where(c => c.Rule == AlertRule.Outlier && c.IndicatorId is { } id && !affectedIds.Contains(id)));
            candidates.AddRange(AlertRules.Outliers(engine, settings.Today, onlyIndicators: affected));
            candidates.AddRange(PeerOutlierRule.Evaluate(engine, settings.Today, affected));
        }
        return new MonitoringResult(progress, indexYears, candidates);
    }

    /// <summary>The indicators new or defined differently than before, and every indicator computed or weighted from one of them.</summary>
    private static HashSet<int> Affected(IReadOnlyList<EngineIndicator> now, IReadOnlyList<EngineIndicator> before)
    {
        var affected = Enumerable.Range(0, now.Count).Where(i => i >= before.Count || !SameDefinition(now[i], before[i])).ToHashSet();
        for (var grew = true; grew;)
        {
            grew = false;
            for (var i = 0; i < now.Count; i++)
            {
                if (!affected.Contains(i) && (now[i].Inputs.Any(affected.Contains) || now[i].WeightIndex >= 0 && affected.Contains(now[i].WeightIndex)))
                {
                    grew = affected.Add(i);
                }
            }
        }
        return affected;
    }

    private static bool SameDefinition(EngineIndicator a, EngineIndicator b) =>
        a with { Formula = null, Inputs = [] } == b with { Formula = null, Inputs = [] }
        && a.Inputs.SequenceEqual(b.Inputs) && a.Formula?.Formula.Text == b.Formula?.Formula.Text;

    /// <summary>
    /// Brings a pass up to date after a methodology was adopted or edited: every index year again with the methodologies
    /// now in force, and the missing-for-ranking alerts that follow from them; progress and the other rules stay.
    /// </summary>
    public static MonitoringResult WithIndexes(RollupEngine engine, IReadOnlyList<IndexSchedule> indexes, PassSettings settings, MonitoringResult previous)
    {
        var indexYears = MonitoringPass.ComputeIndexes(engine, indexes, settings.Today);
        var candidates = previous.Candidates.Where(c => c.Rule != AlertRule.MissingForRanking).Concat(AlertRules.MissingForRanking(engine, indexYears)).ToList();
        return previous with { Indexes = indexYears, Candidates = candidates };
    }
}
