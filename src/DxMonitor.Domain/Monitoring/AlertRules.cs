using System.Globalization;
using DxMonitor.Domain.Alerts;
using DxMonitor.Domain.Engine;
using DxMonitor.Domain.Progress;
using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Monitoring;

/// <summary>The alert rules: each turns the pass's results into candidates with a stable fingerprint and evidence.</summary>
public static class AlertRules
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static IEnumerable<AlertCandidate> FromProgress(RollupEngine engine, IReadOnlyList<TargetInput> targets, IReadOnlyList<TargetProgress> progress)
    {
        var byId = targets.ToDictionary(t => t.TargetId);
        foreach (var p in progress.Where(p => p.Result.Status is ProgressStatus.Behind or ProgressStatus.Missed))
        {
            var target = byId[p.TargetId].Spec;
            var unit = engine.Units.Units[p.Unit];
            var code = engine.Indicators[p.Indicator].Code;
            var missed = p.Result.Status == ProgressStatus.Missed;
            var goal = $"{Symbol(target)} {Format(target.Value)} ({target.Deadline:dd/MM/yyyy})";
            yield return new AlertCandidate(
                $"{(missed ? "missed" : "behind")}:t{p.TargetId}:{unit.Code}",
                missed ? AlertRule.DeadlineMissed : AlertRule.BehindTrajectory,
                missed ? AlertSeverity.Critical : AlertSeverity.Warning,
                unit.Id, engine.Indicators[p.Indicator].Id, null,
                missed ? $"{unit.NameVi} không đạt mục tiêu {code} {goal}" : $"{unit.NameVi} chậm so với lộ trình đạt mục tiêu {code} {goal}",
                missed ? $"{unit.NameEn} missed the target {code} {goal}" : $"{unit.NameEn} is behind the trajectory to {code} {goal}",
                ProgressCalculator.Explain(p.Result, target));
        }
    }

    public static IEnumerable<AlertCandidate> MissingForRanking(RollupEngine engine, IReadOnlyList<IndexYear> indexes)
    {
        foreach (var latest in indexes.GroupBy(i => i.Index).Select(g => g.MaxBy(i => i.Year)!))
        {
            foreach (var score in latest.Scores.Where(s => s.MissingCount > 0))
            {
                var unit = engine.Units.Units[score.Unit];
                var missing = score.Components.Where(c => c.Missing && !c.AwaitingData).Select(c => c.Indicator).ToList();
                yield return new AlertCandidate($"ranking:{latest.Index}:{latest.Year}:{unit.Code}", AlertRule.MissingForRanking, AlertSeverity.Warning,
                    unit.Id, null, latest.Year.ToString(CultureInfo.InvariantCulture),
                    $"{unit.NameVi} thiếu {missing.Count} số liệu cho xếp hạng {latest.Index} năm {latest.Year}",
                    $"{unit.NameEn} lacks {missing.Count} values for the {latest.Index} ranking of {latest.Year}",
                    "Thiếu số liệu: " + string.Join(", ", missing));
            }
        }
    }

    /// <summary>One candidate per unit and period whose report is due (period end + grace days) and incomplete.</summary>
    public static IEnumerable<AlertCandidate> Overdue(RollupEngine engine, DateOnly today, int graceDays, IReadOnlyCollection<int>? onlyUnits = null)
    {
        var units = onlyUnits ?? Enumerable.Range(0, engine.Units.Count).ToList();
        var missing = new Dictionary<(int Unit, string Period), List<string>>();
        for (var i = 0; i < engine.Indicators.Count; i++)
        {
            var definition = engine.Indicators[i];
            var axis = engine.AxisOf(i);
            var due = axis.Periods.LastOrDefault(p => p.End.AddDays(graceDays) < today);
            if (due == default || definition.ReportingLevels == UnitLevels.Nation)
            {
                continue;
            }
            var p = axis.IndexOf(due);
            var own = engine.Columns[i].Own;
            foreach (var u in units)
            {
                if (definition.ReportingLevels.Includes(engine.Units.Level[u]) && engine.Units.Level[u] != UnitLevel.Nation
                    && engine.Units.IsValidOn(u, axis.EndDay[p]) && engine.Units.IsValidOn(u, today.DayNumber)
                    && double.IsNaN(own[engine.Cell(u, p)]))
                {
                    var key = (u, due.Code);
                    if (!missing.TryGetValue(key, out var list))
                    {
                        missing[key] = list = [];
                    }
                    list.Add(definition.Code);
                }
            }
        }
        foreach (var ((u, period), codes) in missing)
        {
            var unit = engine.Units.Units[u];
            var shown = string.Join(", ", codes.Take(10)) + (codes.Count > 10 ? $" (+{codes.Count - 10})" : "");
            yield return new AlertCandidate($"overdue:{unit.Code}:{period}", AlertRule.ReportOverdue, AlertSeverity.Warning, unit.Id, null, period,
                $"{unit.NameVi} chưa báo cáo {codes.Count} chỉ tiêu kỳ {period} (quá hạn {graceDays} ngày)",
                $"{unit.NameEn} has not reported {codes.Count} indicators for {period} ({graceDays} days past due)",
                "Chưa báo cáo: " + shown);
        }
    }

    /// <summary>
    /// A unit's value for any finished period far from its own history (modified z-score over up to 12 earlier
    /// periods): a late report or a correction of an old period is checked as the latest one is.
    /// </summary>
    public static IEnumerable<AlertCandidate> Outliers(
        RollupEngine engine, DateOnly today, IReadOnlyCollection<int>? onlyUnits = null, IReadOnlyCollection<int>? onlyIndicators = null)
    {
        var units = onlyUnits ?? Enumerable.Range(0, engine.Units.Count).ToList();
        var indicators = (onlyIndicators ?? Enumerable.Range(0, engine.Indicators.Count)).ToArray();
        // Indicators are independent and the engine is only read: a full pass tests them on every core.
        var found = new List<AlertCandidate>[indicators.Length];
        Parallel.For(0, indicators.Length, k => found[k] = Outliers(engine, today, units, indicators[k]));
        return found.SelectMany(f => f);
    }

    private static List<AlertCandidate> Outliers(RollupEngine engine, DateOnly today, IReadOnlyCollection<int> units, int i)
    {
        var found = new List<AlertCandidate>();
        Span<double> history = stackalloc double[12];
        var axis = engine.AxisOf(i);
        var own = engine.Columns[i].Own;
        var last = axis.Periods.Count(period => period.End <= today) - 1;
        foreach (var u in units)
        {
            for (var p = OutlierTest.MinimumHistory; p <= last; p++)
            {
                var value = own[engine.Cell(u, p)];
                if (double.IsNaN(value))
                {
                    continue;
                }
                var n = 0;
                for (var q = p - 1; q >= 0 && n < history.Length; q--)
                {
                    var past = own[engine.Cell(u, q)];
                    if (!double.IsNaN(past))
                    {
                        history[n++] = past;
                    }
                }
                if (OutlierTest.ModifiedZ(value, history[..n]) is { } z && Math.Abs(z) > OutlierTest.Threshold)
                {
                    found.Add(Outlier(engine, i, u, axis.Periods[p].Code, value, z));
                }
            }
        }
        return found;
    }

    private static AlertCandidate Outlier(RollupEngine engine, int indicator, int u, string period, double value, double z)
    {
        var unit = engine.Units.Units[u];
        var code = engine.Indicators[indicator].Code;
        return new AlertCandidate($"outlier:{code}:{unit.Code}:{period}", AlertRule.Outlier, AlertSeverity.Info, unit.Id,
            engine.Indicators[indicator].Id, period,
            $"Giá trị bất thường: {unit.NameVi}, {code} kỳ {period} = {value.ToString("#,##0.##", Vi)}",
            $"Unusual value: {unit.NameEn}, {code} for {period} = {Format(value)}",
            $"Điểm z hiệu chỉnh {z.ToString("0.0", Vi)} so với các kỳ trước của đơn vị (ngưỡng {OutlierTest.Threshold.ToString(Vi)}).");
    }

    private static string Symbol(TargetSpec target) => target.Direction == Indicators.Direction.LowerIsBetter ? "≤" : "≥";

    private static string Format(double value) => value.ToString("#,##0.##", CultureInfo.InvariantCulture);
}
