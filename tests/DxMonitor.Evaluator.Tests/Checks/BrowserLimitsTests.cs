using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Tests.Fixtures;

namespace DxMonitor.Evaluator.Tests.Checks;

/// <summary>The conditions and limits of the browser step: the throttling profile, axe's sample and its own time limit.</summary>
public sealed class BrowserLimitsTests
{
    [Fact]
    public async Task Under_the_mobile_profile_every_request_waits_the_emulated_latency_as_lighthouse_applies_it()
    {
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(), certificate: Certificates.Valid());
        await using var evaluator = TestEvaluator.Create(browser: true, configure: o => (o.Throttling, o.CrawlBudget, o.Probes) = (BrowserThrottling.Mobile, 0, 1));

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        // The document alone waits 562.5 ms of request latency before its first byte.
        Assert.True(evaluation.Metrics["fcpMs"] >= 562.5, $"FCP {evaluation.Metrics["fcpMs"]} ms");
        Assert.DoesNotContain(evaluation.Deductions, d => d.Code == "load-failed");
    }

    [Fact]
    public async Task A_very_large_page_is_checked_by_axe_on_its_main_region_and_when_axe_runs_out_of_time_the_load_metrics_are_kept()
    {
        var links = string.Concat(Enumerable.Range(1, 400).Select(i => $"<li><a href=\"/tin/{i}\">Tin {i}</a></li>"));
        var big = PortalPages.Home().Replace("<footer>", $"<aside><ul>{links}</ul></aside><footer>", StringComparison.Ordinal);
        await using var site = await FixtureSite.PortalAsync(big, certificate: Certificates.Valid());
        await using var sampled = TestEvaluator.Create(browser: true, configure: o => (o.AxeMaxElements, o.CrawlBudget) = (500, 0));

        var evaluation = await sampled.EvaluateAsync(site.Url, CancellationToken.None);

        var sample = Assert.Single(evaluation.Deductions, d => d.Code == "axe-sampled");
        Assert.StartsWith("main (", EnglishPhrases.Render(sample.Evidence.Element), StringComparison.Ordinal);
        Assert.True(evaluation.Metrics["elements"] > 500);
        await using var hurried = TestEvaluator.Create(browser: true, configure: o => (o.AxeTimeout, o.CrawlBudget) = (TimeSpan.FromMilliseconds(1), 0));

        var cut = await hurried.EvaluateAsync(site.Url, CancellationToken.None);

        Assert.Equal("axe-not-run", Assert.Single(cut.Deductions, d => d.CheckId == "accessibility").Code);
        Assert.Contains("fcpMs", cut.Metrics.Keys);
        Assert.True(cut.Checks.Single(c => c.CheckId == "performance").Measured);
        Assert.Contains(cut.Deductions, d => d.Code == "found-procedure-search"); // the rendered page was kept too
    }
}
