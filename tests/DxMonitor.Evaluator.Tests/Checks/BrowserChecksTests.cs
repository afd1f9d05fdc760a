using System.Globalization;
using DxMonitor.Evaluator.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DxMonitor.Evaluator.Tests.Checks;

/// <summary>
/// Checks measured in Debian's headless Chromium (one browser for the class): load metrics and their causes, console
/// errors with their source, the mobile layout, axe-core, and services on a page its scripts build.
/// </summary>
public sealed class BrowserChecksTests(SharedChromium chromium) : IClassFixture<SharedChromium>
{
    /// <summary>A one-stop portal built by its script, as the Angular ones are: the HTML has nothing but a root and the script.</summary>
    private const string ScriptBuilt = """
        <!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Cổng dịch vụ công</title></head><body><app-root></app-root><script src="/app.js"></script></body></html>
        """;

    [Fact]
    public async Task A_good_portal_measured_in_chromium_gets_an_A_with_load_metrics_and_no_axe_violations()
    {
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(), certificate: Certificates.Valid());

        var evaluation = await chromium.Evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        Assert.All(evaluation.Checks, c => Assert.True(c.Measured, c.CheckId));
        Assert.DoesNotContain(evaluation.Deductions, d => d.Points > 0);
        Assert.Equal((100, "A"), (evaluation.Score, evaluation.Grade));
        Assert.Contains("fcpMs", evaluation.Metrics.Keys);
    }

    [Fact]
    public async Task An_image_without_alt_text_is_an_axe_violation_naming_the_element()
    {
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(altText: false), certificate: Certificates.Valid());

        var evaluation = await chromium.Evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var alt = Assert.Single(evaluation.Deductions, d => d.Points > 0);
        Assert.Equal(("accessibility", "axe-image-alt"), (alt.CheckId, alt.Code));
        Assert.Equal("critical", alt.Arguments[1]);
        Assert.StartsWith("img <img src=\"data:image/gif", alt.Evidence.Element, StringComparison.Ordinal);
        Assert.StartsWith("1 × https://dequeuniversity.com/rules/axe/", alt.Evidence.Metric, StringComparison.Ordinal);
        Assert.Equal(0.75, alt.Points); // a quarter of accessibility's 3 points (60 % of the 5 of ease of access)
    }

    [Fact]
    public async Task A_page_without_a_mobile_viewport_that_logs_errors_and_blocks_the_main_thread_is_told_which_script_and_that_it_is_wider_than_the_screen()
    {
        var html = PortalPages.Home(viewport: false).Replace("</body>", "<script src=\"/nang.js\"></script></body>", StringComparison.Ordinal);
        await using var site = await FixtureSite.PortalAsync(html, certificate: Certificates.Valid(), more: app => app.MapGet("/nang.js", () => Results.Text(
            "addEventListener('load', () => setTimeout(() => { const end = performance.now() + 900; while (performance.now() < end) {} " +
            "console.error('Lỗi tải dữ liệu'); }, 50));", "text/javascript")));

        var evaluation = await chromium.Evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var layout = evaluation.Deductions.Where(d => d.CheckId == "layout").ToDictionary(d => d.Code);
        Assert.Equal("<meta name=\"viewport\">", layout["no-mobile-viewport"].Evidence.Element);
        Assert.StartsWith("Lỗi tải dữ liệu (" + site.Url + "nang.js", layout["console-error"].Evidence.Element, StringComparison.Ordinal);
        Assert.InRange(int.Parse(layout["horizontal-scroll"].Arguments[0], CultureInfo.InvariantCulture), 560, 580); // laid out 980 px wide without a mobile viewport
        var tbt = Assert.Single(evaluation.Deductions, d => d.Code.StartsWith("tbt-", StringComparison.Ordinal));
        Assert.StartsWith("TBT ", tbt.Evidence.Metric, StringComparison.Ordinal);
        Assert.Contains(site.Url + "nang.js", tbt.Evidence.Element, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_portal_built_by_its_script_has_its_services_found_on_the_rendered_page_and_not_in_the_raw_html()
    {
        var script = "document.querySelector('app-root').innerHTML = `<main>" + PortalPages.Services().Replace("`", "", StringComparison.Ordinal)
            + "<a href=\"/gioi-thieu\">Giới thiệu</a></main>`;";
        await using var site = await FixtureSite.PortalAsync(ScriptBuilt, certificate: Certificates.Valid(),
            more: app => app.MapGet("/app.js", () => Results.Text(script, "text/javascript")));
        await using var plain = TestEvaluator.Create();

        var rendered = await chromium.Evaluator.EvaluateAsync(site.Url, CancellationToken.None);
        var raw = await plain.EvaluateAsync(site.Url, CancellationToken.None);

        Assert.Equal(7, rendered.Deductions.Count(d => d.CheckId == "services" && d.Code.StartsWith("found-", StringComparison.Ordinal)));
        Assert.Equal("input#q <input id=\"q\" type=\"search\" name=\"q\">", Assert.Single(rendered.Deductions, d => d.Code == "found-procedure-search").Evidence.Element);
        Assert.Equal(1, rendered.Metrics["linksChecked"]); // the link the script wrote was crawled too
        Assert.DoesNotContain(raw.Deductions, d => d.CheckId == "services" && d.Code.StartsWith("found-", StringComparison.Ordinal));
        Assert.Equal(0, raw.Metrics["linksChecked"]);
    }

    [Fact]
    public async Task A_banner_inserted_after_the_first_paint_is_a_layout_shift_naming_the_content_it_pushed_down()
    {
        // The banner goes in two frames after the first one, so the text has been painted where it was first laid out;
        // an insertion before the first paint moves nothing anyone saw, and Chromium rightly reports no shift for it.
        await using var site = await FixtureSite.PortalAsync(ShiftingPage.Html, certificate: Certificates.Valid(), more: ShiftingPage.Map);

        var evaluation = await chromium.Evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var shift = Assert.Single(evaluation.Deductions, d => d.Code.StartsWith("cls-", StringComparison.Ordinal));
        Assert.StartsWith("main#noi-dung <main id=\"noi-dung\"", shift.Evidence.Element, StringComparison.Ordinal);
        Assert.StartsWith("CLS 0.", shift.Evidence.Metric, StringComparison.Ordinal);
        Assert.True(evaluation.Metrics["cls"] > 0.1, string.Create(CultureInfo.InvariantCulture, $"CLS {evaluation.Metrics["cls"]}"));
    }
}
