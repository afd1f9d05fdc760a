using System.Globalization;
using DxMonitor.Evaluator.Browser;
using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Probing;

namespace DxMonitor.Evaluator.Checks;

/// <summary>
/// Load performance in headless Chromium on a phone's viewport, under the throttling profile the thresholds belong to
/// (Lighthouse's mobile profile by default): Lighthouse's good/poor thresholds for first and largest contentful paint,
/// total blocking time and layout shift, and the page's weight. Each finding names its cause: the largest-paint
/// element, the scripts behind the blocking, the element that shifted, the largest resources.
/// </summary>
public sealed class PerformanceCheck : IPortalCheck
{
    public const long HeavyPageBytes = 2_500_000;
    public const long VeryHeavyPageBytes = 5_000_000;

    private static readonly (string Code, string Name, Func<BrowserReport, double?> Read, double Good, double Poor, string Unit, Func<BrowserReport, string?> Cause)[] Metrics =
    [
        ("fcp", "First contentful paint", r => r.FirstContentfulPaint, 1800, 3000, "ms", r => Resources(r)),
        ("lcp", "Largest contentful paint", r => r.LargestContentfulPaint, 2500, 4000, "ms", r => r.LargestPaintElement ?? Resources(r)),
        ("tbt", "Total blocking time", r => r.TotalBlockingTime, 200, 600, "ms", Scripts),
        ("cls", "Cumulative layout shift", r => r.CumulativeLayoutShift, 0.1, 0.25, "", r => r.ShiftedElement),
    ];

    public string Id => "performance";

    public CheckResult Evaluate(PortalSnapshot snapshot)
    {
        if (BrowserMeasured.Unusable(Id, snapshot, out var report) is { } unusable)
        {
            return unusable;
        }
        var url = snapshot.Home!.FinalUrl.ToString(); // measured: the home page loaded
        var findings = new List<Finding>();
        foreach (var (code, name, read, good, poor, unit, cause) in Metrics)
        {
            if (read(report) is not { } value || value <= good)
            {
                continue;
            }
            var (shown, goodShown, poorShown) = (Number(value), Number(good), Number(poor));
            var metric = $"{code.ToUpperInvariant()} {shown}{Space(unit)} (≤ {goodShown}{Space(unit)}; > {poorShown}{Space(unit)}; {Phrase.Of("throttling-" + report.Throttling)})";
            findings.Add(value > poor
                ? new(code + "-poor", $"{name} is poor ({shown}{Space(unit)})", 0.2, new(url, Element: cause(report), Metric: metric), [shown, poorShown])
                : new(code + "-needs-improvement", $"{name} needs improvement ({shown}{Space(unit)})", 0.1, new(url, Element: cause(report), Metric: metric), [shown, goodShown]));
        }
        var weight = Phrase.Of("page-weight", (report.PageBytes / 1024.0).ToString("0", CultureInfo.InvariantCulture), report.Requests).ToString();
        var kib = (report.PageBytes / 1024).ToString(CultureInfo.InvariantCulture);
        if (report.PageBytes > VeryHeavyPageBytes)
        {
            findings.Add(new("page-very-heavy", "The page is enormous (over 5 MB)", 0.2, new(url, Element: Resources(report), Metric: weight), [kib]));
        }
        else if (report.PageBytes > HeavyPageBytes)
        {
            findings.Add(new("page-heavy", "The page is heavy (over 2.5 MB)", 0.1, new(url, Element: Resources(report), Metric: weight), [kib]));
        }
        return CheckResult.Of(Id, findings);
    }

    private static string Space(string unit) => unit.Length == 0 ? "" : " " + unit;

    private static string Number(double value) => value.ToString(value < 10 ? "0.###" : "0", CultureInfo.InvariantCulture);

    private static string? Resources(BrowserReport report) => report.LargestResources.Count == 0 ? null
        : string.Join(" | ", report.LargestResources.Select(r => string.Create(CultureInfo.InvariantCulture, $"{r.Key} {r.Value / 1024:0} KiB")));

    private static string? Scripts(BrowserReport report) => report.BlockingScripts.Count == 0 ? null
        : string.Join(" | ", report.BlockingScripts.Select(s => string.Create(CultureInfo.InvariantCulture, $"{(s.Key.Length == 0 ? Phrase.Of("inline-script").ToString() : s.Key)} {s.Value:0} ms")));
}
