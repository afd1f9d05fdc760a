using System.Globalization;
using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Probing;

namespace DxMonitor.Evaluator.Checks;

/// <summary>
/// Page quality in headless Chromium on a phone's viewport: Lighthouse's good/poor thresholds for first and largest
/// contentful paint, total blocking time and layout shift; page weight; console errors; the mobile viewport.
/// </summary>
public sealed class QualityCheck : IPortalCheck
{
    public const long HeavyPageBytes = 2_500_000;
    public const long VeryHeavyPageBytes = 5_000_000;

    private static readonly (string Code, string Name, Func<Browser.BrowserReport, double?> Read, double Good, double Poor, string Unit)[] Metrics =
    [
        ("fcp", "First contentful paint", r => r.FirstContentfulPaint, 1800, 3000, "ms"),
        ("lcp", "Largest contentful paint", r => r.LargestContentfulPaint, 2500, 4000, "ms"),
        ("tbt", "Total blocking time", r => r.TotalBlockingTime, 200, 600, "ms"),
        ("cls", "Cumulative layout shift", r => r.CumulativeLayoutShift, 0.1, 0.25, ""),
    ];

    public string Id => "quality";

    public CheckResult Evaluate(PortalSnapshot snapshot)
    {
        if (BrowserMeasured.Unusable(Id, snapshot, out var report) is { } unusable)
        {
            return unusable;
        }
        var url = snapshot.Home!.FinalUrl.ToString(); // measured: the home page loaded
        var findings = new List<Finding>();
        foreach (var (code, name, read, good, poor, unit) in Metrics)
        {
            if (read(report) is not { } value || value <= good)
            {
                continue;
            }
            var metric = string.Create(CultureInfo.InvariantCulture, $"{code.ToUpperInvariant()} {value:0.###} {unit} (good ≤ {good} {unit}, poor > {poor} {unit})").Replace("  ", " ", StringComparison.Ordinal);
            findings.Add(value > poor
                ? new(code + "-poor", $"{name} is poor", 0.2, new(url, Metric: metric))
                : new(code + "-needs-improvement", $"{name} needs improvement", 0.1, new(url, Metric: metric)));
        }
        var weight = string.Create(CultureInfo.InvariantCulture, $"{report.PageBytes / 1024.0:0} KiB in {report.Requests} requests");
        if (report.PageBytes > VeryHeavyPageBytes)
        {
            findings.Add(new("page-very-heavy", "The page is enormous (over 5 MB)", 0.2, new(url, Metric: weight)));
        }
        else if (report.PageBytes > HeavyPageBytes)
        {
            findings.Add(new("page-heavy", "The page is heavy (over 2.5 MB)", 0.1, new(url, Metric: weight)));
        }
        foreach (var error in report.ConsoleErrors.Take(4))
        {
            findings.Add(new("console-error", "The page logs an error to the console", 0.05, new(url, Element: error.Length > 300 ? error[..300] : error)));
        }
        if (report.Viewport is null || !report.Viewport.Contains("width=device-width", StringComparison.OrdinalIgnoreCase))
        {
            findings.Add(new("no-mobile-viewport", "No mobile viewport (<meta name=\"viewport\" content=\"width=device-width\">)", 0.2,
                new(url, Element: report.Viewport is null ? "<meta name=\"viewport\"> missing" : $"<meta name=\"viewport\" content=\"{report.Viewport}\">")));
        }
        if (report.HorizontalOverflow is > 0)
        {
            findings.Add(new("horizontal-scroll", "The page is wider than a phone's screen", 0.1,
                new(url, Metric: string.Create(CultureInfo.InvariantCulture, $"{report.HorizontalOverflow} px wider than a 412 px viewport"))));
        }
        return CheckResult.Of(Id, findings);
    }
}
