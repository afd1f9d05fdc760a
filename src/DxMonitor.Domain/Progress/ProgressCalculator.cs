using System.Globalization;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Resources;

namespace DxMonitor.Domain.Progress;

/// <summary>
/// Measures progress against a target with the Open SDG method (docs/progress.md): compare the compound
/// annual growth rate observed since the baseline with the rate needed to reach the target by its deadline;
/// where a value is zero or negative, compound growth is undefined and yearly absolute change is used.
/// </summary>
public static class ProgressCalculator
{
    public const double OnTrackRatio = 0.95;
    public const double ModerateRatio = 0.6;
    private const string CompoundGrowth = "compound annual growth";
    private const string YearlyChange = "yearly change";
    private const string NoData = "none";
    private const string Achieved = "achieved";
    private const string DeadlinePassed = "deadline";

    public static ProgressResult Evaluate(TargetSpec target, IReadOnlyList<Observation> observations, DateOnly today)
    {
        var series = observations.Where(o => double.IsFinite(o.Value) && o.At <= today).OrderBy(o => o.At).ToList();
        if (series.Count == 0)
        {
            return new(ProgressStatus.NoData, ProgressClass.NotAssessed, null, target.Baseline, null, null, null, NoData);
        }
        var latest = series[^1];
        var baseline = target.Baseline is { } fixedBaseline && fixedBaseline.At < latest.At ? fixedBaseline : series[0];
        var gap = Gap(target, latest.Value);
        var expected = Trajectory(target, baseline, Min(today, target.Deadline));
        if (Meets(target, latest.Value))
        {
            return new(ProgressStatus.Achieved, ProgressClass.Substantial, latest, baseline, gap, expected, null, Achieved);
        }
        if (today > target.Deadline)
        {
            return new(ProgressStatus.Missed, ProgressClass.NotAssessed, latest, baseline, gap, expected, null, DeadlinePassed);
        }
        if (baseline.At >= latest.At)
        {
            return new(ProgressStatus.NoData, ProgressClass.NotAssessed, latest, baseline, gap, expected, null, NoData);
        }
        var (ratio, method) = Ratio(target, baseline, latest);
        var status = ratio >= OnTrackRatio ? ProgressStatus.OnTrack : ProgressStatus.Behind;
        return new(status, Classify(ratio), latest, baseline, gap, expected, ratio, method);
    }

    /// <summary>The result in words, in the current UI culture: what was compared with what, or why nothing was.</summary>
    public static string Explain(ProgressResult result, TargetSpec target) => result switch
    {
        { Method: Achieved, Latest: { } latest } => ProgressText.Texts.Format("Achieved", Format(latest.Value), Format(target.Value)),
        { Method: DeadlinePassed, Latest: { } latest } => ProgressText.Texts.Format("DeadlinePassed", Date(target.Deadline), Format(latest.Value), Format(target.Value)),
        { Ratio: { } ratio, Baseline: { } baseline } => ProgressText.Texts.Format("Rate",
            ProgressText.Texts.Format(result.Method == CompoundGrowth ? "Method_CompoundGrowth" : "Method_YearlyChange"),
            Date(baseline.At), Format(ratio), Format(target.Value), Date(target.Deadline)),
        { Latest: null } => ProgressText.Texts.Format("NoValue"),
        _ => ProgressText.Texts.Format("OneObservation"),
    };

    public static bool Meets(TargetSpec target, double value) =>
        target.Direction == Direction.LowerIsBetter ? value <= target.Value : value >= target.Value;

    private static double Gap(TargetSpec target, double value) =>
        target.Direction == Direction.LowerIsBetter ? value - target.Value : target.Value - value;

    private static (double Ratio, string Method) Ratio(TargetSpec target, Observation baseline, Observation latest)
    {
        var observedYears = Years(baseline.At, latest.At);
        var neededYears = Years(baseline.At, target.Deadline);
        if (baseline.Value > 0 && latest.Value > 0 && target.Value > 0)
        {
            var observed = Math.Pow(latest.Value / baseline.Value, 1 / observedYears) - 1;
            var needed = Math.Pow(target.Value / baseline.Value, 1 / neededYears) - 1;
            if (needed != 0)
            {
                return (observed / needed, CompoundGrowth);
            }
        }
        var observedChange = (latest.Value - baseline.Value) / observedYears;
        var neededChange = (target.Value - baseline.Value) / neededYears;
        return neededChange == 0 ? (1, YearlyChange) : (observedChange / neededChange, YearlyChange);
    }

    private static ProgressClass Classify(double ratio) => ratio switch
    {
        >= OnTrackRatio => ProgressClass.Substantial,
        >= ModerateRatio => ProgressClass.Moderate,
        >= 0 => ProgressClass.Limited,
        _ => ProgressClass.Deterioration,
    };

    private static double Trajectory(TargetSpec target, Observation baseline, DateOnly at)
    {
        var total = target.Deadline.DayNumber - baseline.At.DayNumber;
        if (total <= 0)
        {
            return target.Value;
        }
        var done = Math.Clamp(at.DayNumber - baseline.At.DayNumber, 0, total);
        return baseline.Value + (target.Value - baseline.Value) * done / total;
    }

    private static double Years(DateOnly from, DateOnly to) => Math.Max(to.DayNumber - from.DayNumber, 1) / 365.25;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString(ProgressText.Texts.Format("DateFormat"), CultureInfo.InvariantCulture);
}
