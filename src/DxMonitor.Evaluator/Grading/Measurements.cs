using DxMonitor.Evaluator.Probing;

namespace DxMonitor.Evaluator.Grading;

/// <summary>The raw numbers behind an evaluation, named as the CLI's JSON and the bench print them; absent when not measured.</summary>
public static class Measurements
{
    public static IReadOnlyDictionary<string, double> Of(PortalSnapshot snapshot)
    {
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal);
        var firstBytes = snapshot.Probes.Where(p => p.Succeeded && p.FirstByte is not null).Select(p => p.FirstByte!.Value.TotalMilliseconds).Order().ToList();
        if (firstBytes.Count > 0)
        {
            metrics["firstByteMs"] = Math.Round(firstBytes[firstBytes.Count / 2], 1);
        }
        if (snapshot.Browser is { Error: null } browser)
        {
            Add(metrics, "fcpMs", browser.FirstContentfulPaint);
            Add(metrics, "lcpMs", browser.LargestContentfulPaint);
            Add(metrics, "tbtMs", browser.TotalBlockingTime);
            Add(metrics, "cls", browser.CumulativeLayoutShift);
            metrics["pageBytes"] = browser.PageBytes;
            metrics["requests"] = browser.Requests;
            metrics["consoleErrors"] = browser.ConsoleErrors.Count;
            metrics["axeViolations"] = browser.Violations.Count;
            metrics["elements"] = browser.Elements;
        }
        metrics["brokenLinks"] = snapshot.Links.Count(l => l.Broken);
        metrics["linksChecked"] = snapshot.Links.Count;
        if (snapshot.Robots is { } robots)
        {
            metrics["robotsSkippedLinks"] = robots.Disallowed.Count;
        }
        return metrics;
    }

    private static void Add(Dictionary<string, double> metrics, string name, double? value)
    {
        if (value is { } v)
        {
            metrics[name] = Math.Round(v, 3);
        }
    }
}
