using System.Globalization;
using System.Text;
using DxMonitor.Evaluator;
using DxMonitor.Evaluator.Grading;

namespace DxMonitor.PortalBench;

/// <summary>Our evaluator and Lighthouse on the same pages, one after the other: time per page and findings side by side.</summary>
public static class LighthouseComparison
{
    public static async Task<string> RunAsync(FixturePortals portals, PortalEvaluator evaluator, LighthouseRunner lighthouse, int pages, TextWriter log)
    {
        var c = CultureInfo.InvariantCulture;
        var md = new StringBuilder().AppendLine(c, $"## Lighthouse on the same pages ({pages}, one at a time)").AppendLine();
        if (lighthouse.Unavailable() is { } why)
        {
            md.AppendLine("Lighthouse could not run: " + why).AppendLine();
            log.Write(md.ToString());
            return md.ToString();
        }
        md.AppendLine("Lighthouse 12.8.2 (npm; 13.x needs Node 22, Debian has 20), Debian's Chromium headless, mobile emulation, `--throttling-method=devtools`: the same mobile profile as ours (4× CPU, 562.5 ms request latency, 1,474.56 kbit/s), applied by Chromium in both tools.").AppendLine();
        md.AppendLine("| page (kind) | ours s | Lighthouse s | FCP ms ours / LH | LCP ms ours / LH | TBT ms ours / LH | CLS ours / LH | perf / a11y (LH) |")
            .AppendLine("| --- | --- | --- | --- | --- | --- | --- | --- |");
        var agreement = new StringBuilder().AppendLine("| page (kind) | HTTPS | viewport | console errors | accessibility rules (axe ids) |").AppendLine("| --- | --- | --- | --- | --- |");
        var ours = new List<double>();
        var theirs = new List<double>();
        int agree = 0, differ = 0;
        for (var i = 0; i < pages; i++)
        {
            var url = portals.Urls[i];
            var kind = FixturePortals.KindOf(i);
            var evaluation = await evaluator.EvaluateAsync(url, CancellationToken.None);
            var (elapsed, report, error) = await lighthouse.RunAsync(url, CancellationToken.None);
            ours.Add(evaluation.Duration.TotalSeconds);
            if (report is null)
            {
                md.AppendLine(c, $"| {i} ({kind}) | {evaluation.Duration.TotalSeconds:0.0} | failed after {elapsed.TotalSeconds:0.0}: {error} | | | | | |");
                continue;
            }
            theirs.Add(elapsed.TotalSeconds);
            var m = evaluation.Metrics;
            md.AppendLine(c, $"| {i} ({kind}) | {evaluation.Duration.TotalSeconds:0.0} | {elapsed.TotalSeconds:0.0} | {Get(m, "fcpMs")} / {F(report.Fcp)} | {Get(m, "lcpMs")} / {F(report.Lcp)} | {Get(m, "tbtMs")} / {F(report.Tbt)} | {Get(m, "cls", "0.000")} / {F(report.Cls, "0.000")} | {F(report.Performance)} / {F(report.Accessibility)} |");
            var has = (string code) => evaluation.Deductions.Any(d => d.Code == code && d.Points > 0);
            var pairs = new (string Name, bool OursFails, bool? TheirsFails)[]
            {
                ("HTTPS", has("no-https"), !report.OnHttps),
                ("viewport", has("no-mobile-viewport"), !report.Viewport),
                ("console", has("console-error"), !report.ConsoleClean),
            };
            var cells = pairs.Select(p => p.TheirsFails is null ? $"ours {Word(p.OursFails)}, LH n/a"
                : p.OursFails == p.TheirsFails ? $"agree: {Word(p.OursFails)}" : $"DIFFER: ours {Word(p.OursFails)}, LH {Word(p.TheirsFails.Value)}").ToList();
            agree += pairs.Count(p => p.TheirsFails == p.OursFails);
            differ += pairs.Count(p => p.TheirsFails is { } t && t != p.OursFails);
            var ourRules = evaluation.Deductions.Where(d => d.Code.StartsWith("axe-", StringComparison.Ordinal)).Select(d => d.Code[4..]).ToHashSet();
            var theirRules = report.FailedAccessibilityAudits.ToHashSet();
            var both = ourRules.Intersect(theirRules).Order(StringComparer.Ordinal).ToList();
            var onlyOurs = ourRules.Except(theirRules).Order(StringComparer.Ordinal).ToList();
            var onlyTheirs = theirRules.Except(ourRules).Order(StringComparer.Ordinal).ToList();
            agree += both.Count + (ourRules.Count == 0 && theirRules.Count == 0 ? 1 : 0);
            differ += onlyOurs.Count + onlyTheirs.Count;
            cells.Add($"both: {List(both)}; only ours: {List(onlyOurs)}; only LH: {List(onlyTheirs)}");
            agreement.AppendLine(c, $"| {i} ({kind}) | {string.Join(" | ", cells)} |");
        }
        md.AppendLine();
        md.AppendLine(c, $"Time per page, one at a time: ours median {PortalBenchRun.Median(ours):0.0} s (3 HTTP probes, home page, crawl of linked pages, TLS, Chromium load, axe); Lighthouse median {PortalBenchRun.Median(theirs):0.0} s (a fresh Chromium per run, one page).").AppendLine();
        md.AppendLine("### Where the findings agree and differ").AppendLine().Append(agreement).AppendLine();
        md.AppendLine(c, $"{agree} agreements, {differ} differences. Lighthouse has no equivalent of our security-header, TLS-certificate, broken-link (beyond the page) and service-feature checks; we do not score SEO or Lighthouse's best-practice audits.").AppendLine();
        md.AppendLine("Known reasons for differences: Lighthouse treats http://127.0.0.1 as a secure origin (is-on-https passes), we grade any plain-HTTP portal down; Lighthouse 12 runs axe rules beyond WCAG 2.1 AA (e.g. target-size, WCAG 2.2) and best-practice rules, we run only the wcag2a/wcag2aa/wcag21a/wcag21aa tags; Lighthouse takes one page load with a new Chromium each time, we reuse one Chromium with a fresh context.").AppendLine();
        log.Write(md.ToString());
        return md.ToString();
    }

    private static string Word(bool fails) => fails ? "fails" : "passes";

    private static string List(List<string> items) => items.Count == 0 ? "—" : string.Join(", ", items);

    private static string Get(IReadOnlyDictionary<string, double> metrics, string name, string format = "0") =>
        metrics.TryGetValue(name, out var v) ? v.ToString(format, CultureInfo.InvariantCulture) : "—";

    private static string F(double? value, string format = "0") => value?.ToString(format, CultureInfo.InvariantCulture) ?? "—";
}
