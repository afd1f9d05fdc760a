using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using DxMonitor.Evaluator.Grading;
using Microsoft.Playwright;

namespace DxMonitor.Evaluator.Browser;

/// <summary>
/// axe-core's WCAG 2.1 A/AA rules on the loaded page, within their own time limit, and on a sample of a very large
/// page (its main region, else the first children of the body) so that a page of 100,000 links cannot take the
/// evaluator's time and memory.
/// </summary>
public static class AxeStep
{
    private const string FirstPart = "body > :nth-child(-n+20)";

    public static async Task<BrowserReport> RunAsync(IPage page, BrowserReport measured, EvaluatorOptions options, CancellationToken ct)
    {
        string? sample = null;
        var run = new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } };
        Task<AxeResult> axe;
        if (measured.Elements > options.AxeMaxElements)
        {
            var region = await page.EvaluateAsync<bool>("() => document.querySelector('main') !== null") ? "main" : FirstPart;
            sample = Phrase.Of("axe-sample", region, measured.Elements, options.AxeMaxElements).ToString();
            axe = page.RunAxe(new AxeRunContext { Include = [new AxeSelector(region)] }, run);
        }
        else
        {
            axe = page.RunAxe(run);
        }
        try
        {
            var result = await axe.WaitAsync(options.AxeTimeout, ct);
            var violations = result.Violations.Select(v => new AxeViolation(v.Id, v.Impact ?? "unknown", v.Help, v.HelpUrl,
                v.Nodes.Select(n => Phrase.Plain(n.Target?.ToString() ?? "")).ToList(), v.Nodes.Select(n => Phrase.Plain(n.Html ?? "")).ToList())).ToList();
            return measured with { Violations = violations, AxeRan = true, AxeSample = sample };
        }
        catch (TimeoutException)
        {
            // The page is closed with its context; the abandoned run ends with it.
            _ = axe.ContinueWith(t => t.Exception, TaskScheduler.Default);
            return measured with { AxeNotRun = Phrase.Of("axe-timeout", options.AxeTimeout.TotalSeconds.ToString("0", System.Globalization.CultureInfo.InvariantCulture)).ToString(), AxeSample = sample };
        }
    }
}
