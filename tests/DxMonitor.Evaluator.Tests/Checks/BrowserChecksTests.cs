using DxMonitor.Evaluator.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DxMonitor.Evaluator.Tests.Checks;

/// <summary>Checks measured in Debian's headless Chromium: load metrics, console errors, viewport, axe-core.</summary>
public sealed class BrowserChecksTests
{
    [Fact]
    public async Task A_good_portal_measured_in_chromium_gets_an_A_with_load_metrics_and_no_axe_violations()
    {
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(), certificate: Certificates.Valid());
        await using var evaluator = TestEvaluator.Create(browser: true);

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        Assert.All(evaluation.Checks, c => Assert.True(c.Measured, c.CheckId));
        Assert.DoesNotContain(evaluation.Deductions, d => d.Points > 0);
        Assert.Equal(100, evaluation.Score);
        Assert.Equal("A", evaluation.Grade);
    }

    [Fact]
    public async Task An_image_without_alt_text_is_an_axe_violation_naming_the_element()
    {
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(altText: false), certificate: Certificates.Valid());
        await using var evaluator = TestEvaluator.Create(browser: true);

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var alt = Assert.Single(evaluation.Deductions, d => d.Points > 0);
        Assert.Equal(("accessibility", "axe-image-alt"), (alt.CheckId, alt.Code));
        Assert.Contains("critical", alt.Message, StringComparison.Ordinal);
        Assert.StartsWith("img <img src=\"data:image/gif", alt.Evidence.Element, StringComparison.Ordinal);
        Assert.StartsWith("1 elements; https://dequeuniversity.com/rules/axe/", alt.Evidence.Metric, StringComparison.Ordinal);
        Assert.Equal(3.75, alt.Points); // a quarter of accessibility's 15 points
        Assert.Equal(96.3, evaluation.Score);
    }

    [Fact]
    public async Task A_page_without_a_mobile_viewport_that_logs_errors_and_blocks_the_main_thread_loses_page_quality()
    {
        var html = PortalPages.Home(viewport: false).Replace("</body>",
            "<script src=\"/nang.js\"></script></body>", StringComparison.Ordinal);
        await using var site = await FixtureSite.PortalAsync(html, certificate: Certificates.Valid(), more: app => app.MapGet("/nang.js", () => Results.Text(
            "addEventListener('load', () => setTimeout(() => { const end = performance.now() + 900; while (performance.now() < end) {} " +
            "console.error('Lỗi tải dữ liệu'); }, 50));", "text/javascript")));
        await using var evaluator = TestEvaluator.Create(browser: true);

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var quality = evaluation.Deductions.Where(d => d.CheckId == "quality").ToDictionary(d => d.Code);
        Assert.Equal("<meta name=\"viewport\"> missing", quality["no-mobile-viewport"].Evidence.Element);
        Assert.Equal("Lỗi tải dữ liệu", quality["console-error"].Evidence.Element);
        var tbt = Assert.Single(quality.Values, d => d.Code.StartsWith("tbt-", StringComparison.Ordinal));
        Assert.StartsWith("TBT ", tbt.Evidence.Metric, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_the_browser_its_checks_are_left_out_and_their_weight_shared()
    {
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(altText: false), certificate: Certificates.Valid());
        await using var evaluator = TestEvaluator.Create(browser: false);

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        Assert.Equal(["accessibility", "quality"], evaluation.Checks.Where(c => !c.Measured).Select(c => c.CheckId).Order().ToArray());
        Assert.Equal(100, evaluation.Score);
    }
}
