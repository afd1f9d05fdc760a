using System.Globalization;
using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Probing;

namespace DxMonitor.Evaluator.Checks;

/// <summary>
/// axe-core's WCAG 2.1 A/AA rules run in the loaded page: each rule broken costs by its impact (critical, serious,
/// moderate, minor), with the first offending elements as evidence. On a very large page axe checks a sample (noted);
/// when axe runs out of its own time the check scores zero, the other browser measurements being kept.
/// </summary>
public sealed class AccessibilityCheck : IPortalCheck
{
    private static readonly Dictionary<string, double> PenaltyByImpact = new(StringComparer.OrdinalIgnoreCase)
    {
        ["critical"] = 0.25,
        ["serious"] = 0.15,
        ["moderate"] = 0.08,
        ["minor"] = 0.03,
    };

    public string Id => "accessibility";

    public CheckResult Evaluate(PortalSnapshot snapshot)
    {
        if (BrowserMeasured.Unusable(Id, snapshot, out var report) is { } unusable)
        {
            return unusable;
        }
        var url = snapshot.Home!.FinalUrl.ToString(); // measured: the home page loaded
        if (!report.AxeRan)
        {
            // The load metrics were kept; only axe's part is missing, and a page that keeps axe from finishing fails it.
            var why = report.AxeNotRun ?? Phrase.Of("axe-did-not-run").ToString();
            return CheckResult.Of(Id, [new Finding("axe-not-run", "Accessibility not measured: " + why, 1, new(url, Metric: Phrase.Of("elements", report.Elements).ToString()), [why])]);
        }
        var findings = report.Violations.Select(v => new Finding("axe-" + v.Rule,
            $"{v.Help} ({v.Impact}, axe rule {v.Rule})", PenaltyByImpact.GetValueOrDefault(v.Impact, 0.08),
            new(url, Element: string.Join(" | ", v.Targets.Take(3).Zip(v.Html.Take(3), (target, html) => $"{target} {Shorten(html)}")),
                Metric: string.Create(CultureInfo.InvariantCulture, $"{v.Targets.Count} × {v.HelpUrl}")), [v.Help, v.Impact, v.Rule])).ToList();
        if (report.AxeSample is { } sample)
        {
            findings.Add(new Finding("axe-sampled", "axe checked a sample of this very large page: " + sample, 0, new(url, Element: sample), [sample]));
        }
        return CheckResult.Of(Id, findings);
    }

    private static string Shorten(string html) => html.Length > 160 ? html[..160] + "…" : html;
}
