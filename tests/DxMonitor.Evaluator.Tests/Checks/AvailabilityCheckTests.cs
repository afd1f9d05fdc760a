using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DxMonitor.Evaluator.Tests.Checks;

public sealed class AvailabilityCheckTests
{
    [Fact]
    public async Task A_slow_server_is_reported_with_its_measured_phases()
    {
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(), certificate: Certificates.Valid(), delay: TimeSpan.FromMilliseconds(1700));
        // Slow on purpose, never timed out: on a busy machine a first TLS handshake alone took 1.1 s, and with the
        // 1.7 s delay the tests' usual 3 s limit failed a probe.
        await using var evaluator = TestEvaluator.Create(configure: options => options.RequestTimeout = TimeSpan.FromSeconds(15));

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var slow = Assert.Single(evaluation.Deductions, d => d.Points > 0);
        Assert.Equal(("availability", "very-slow-first-byte"), (slow.CheckId, slow.Code));
        Assert.Matches(@"^median first byte (1[7-9]\d\d|[2-9]\d\d\d) ms, total \d+ ms over 3 probes$", EnglishPhrases.Render(slow.Evidence.Metric));
        Assert.Equal(96.4, evaluation.Score);
        Assert.Equal("A", evaluation.Grade);
    }

    [Fact]
    public async Task A_portal_failing_one_probe_in_three_loses_a_third_of_the_availability_check()
    {
        var calls = 0;
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(), certificate: Certificates.Valid(), more: app => app.Use(async (context, next) =>
        {
            if (context.Request.Path == "/" && Interlocked.Increment(ref calls) == 1)
            {
                context.Response.StatusCode = 502;
                return;
            }
            await next(context);
        }));
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var failed = Assert.Single(evaluation.Deductions, d => d.Points > 0);
        Assert.Equal("probe-failed", failed.Code);
        Assert.Equal("Probe 1 of 3 failed: HTTP 502", failed.Message);
        Assert.Contains("first byte", EnglishPhrases.Render(failed.Evidence.Metric), StringComparison.Ordinal);
        Assert.Equal(95.9, evaluation.Score);
    }

    [Fact]
    public async Task Broken_links_on_the_home_page_are_listed_with_their_status()
    {
        var home = PortalPages.Home(extraLinks: "<li><a href=\"/van-ban-cu\">Văn bản cũ</a></li>");
        await using var site = await FixtureSite.PortalAsync(home, certificate: Certificates.Valid(),
            more: app => app.MapGet("/van-ban-cu", () => Results.NotFound()));
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var broken = Assert.Single(evaluation.Deductions, d => d.Points > 0);
        Assert.Equal(("links", "broken-link"), (broken.CheckId, broken.Code));
        Assert.Equal(new Uri(site.Url, "/van-ban-cu").ToString(), broken.Evidence.Url);
        Assert.Equal("HTTP 404", broken.Evidence.Metric);
        Assert.Contains("Văn bản cũ", broken.Evidence.Element, StringComparison.Ordinal);
        Assert.Equal(99.5, evaluation.Score);
    }

    [Fact]
    public async Task A_portal_with_half_its_links_broken_cannot_get_an_a()
    {
        // Seven working pages and seven that answer 404: half broken.
        var home = PortalPages.Home(extraLinks: string.Concat(Enumerable.Range(1, 7).Select(i => $"<li><a href=\"/het-han-{i}\">Trang {i}</a></li>")));
        await using var site = await FixtureSite.PortalAsync(home, certificate: Certificates.Valid(),
            more: app => app.MapGet("/het-han-{i}", () => Results.NotFound()));
        await using var evaluator = TestEvaluator.Create(configure: o => o.CrawlBudget = 14);

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var half = Assert.Single(evaluation.Deductions, d => d.Code == "links-half-broken");
        Assert.Equal(["7", "14"], half.Arguments);
        Assert.Equal(0, evaluation.Checks.Single(c => c.CheckId == "links").Points);
        Assert.Equal(97.6, evaluation.Score); // links are 2 of 82 points measured without the browser
        Assert.Equal("B", evaluation.Grade);
        Assert.Equal(["B", "links-half-broken"], Assert.Single(evaluation.Deductions, d => d.Code == "grade-held").Arguments);
    }
}
