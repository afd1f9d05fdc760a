using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DxMonitor.Evaluator.Tests.Probing;

public sealed class RobotsTxtTests
{
    private static Task<FixtureSite> SiteAsync(Func<HttpContext, Task> robots) =>
        FixtureSite.PortalAsync(PortalPages.Home(), more: app => app.MapGet("/robots.txt", robots));

    private static Func<HttpContext, Task> Text(string body) => context =>
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(body);
    };

    private static Func<HttpContext, Task> Status(int status) => context =>
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    };

    private static Deduction Note(Evaluation evaluation, string code) =>
        Assert.Single(evaluation.Deductions, d => d.CheckId == "links" && d.Code == code);

    [Fact]
    public async Task A_disallowed_page_is_never_requested_and_the_evidence_counts_the_links_skipped()
    {
        await using var site = await SiteAsync(Text("User-agent: *\nDisallow: /nop-ho-so\nDisallow: /thanh-toan\n\nUser-agent: Googlebot\nDisallow: /\n"));
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var paths = site.Requests.Select(r => r.Path).ToList();
        Assert.DoesNotContain("/nop-ho-so", paths);
        Assert.DoesNotContain("/thanh-toan", paths);
        Assert.Contains("/thu-tuc", paths);
        Assert.Single(paths, p => p == "/robots.txt");
        Assert.Equal(2, evaluation.Metrics["robotsSkippedLinks"]);
        var note = Note(evaluation, "robots-skipped");
        Assert.Equal(0, note.Points);
        Assert.Equal(new Uri(site.Url, "/robots.txt").ToString(), note.Evidence.Url);
        Assert.Contains(new Uri(site.Url, "/nop-ho-so").ToString(), note.Evidence.Element, StringComparison.Ordinal);
        Assert.StartsWith("2 links skipped by robots.txt", EnglishPhrases.Render(note.Evidence.Metric), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_group_naming_the_evaluator_wins_over_the_one_for_everyone_and_the_longest_rule_decides()
    {
        await using var site = await SiteAsync(Text(
            "User-agent: *\nDisallow: /\n\nUser-agent: DxMonitor-PortalEvaluator\nDisallow: /tra-cuu\nAllow: /tra-cuu-ho-so\n"));
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var paths = site.Requests.Select(r => r.Path).ToList();
        Assert.Contains("/tra-cuu-ho-so", paths);
        Assert.Contains("/bieu-mau", paths);
        Assert.Equal(0, evaluation.Metrics["robotsSkippedLinks"]);
        Assert.DoesNotContain(evaluation.Deductions, d => d.Code.StartsWith("robots-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_missing_robots_txt_allows_everything_without_a_note()
    {
        await using var site = await SiteAsync(Status(StatusCodes.Status404NotFound));
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        Assert.Contains("/dang-nhap", site.Requests.Select(r => r.Path));
        Assert.DoesNotContain(evaluation.Deductions, d => d.Code.StartsWith("robots-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failing_robots_txt_allows_everything_and_the_evidence_says_so()
    {
        await using var site = await SiteAsync(Status(StatusCodes.Status503ServiceUnavailable));
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        Assert.Contains("/nop-ho-so", site.Requests.Select(r => r.Path));
        var note = Note(evaluation, "robots-unavailable");
        Assert.Equal((0.0, "HTTP 503"), (note.Points, note.Evidence.Metric));
    }

    [Fact]
    public async Task A_robots_txt_that_never_answers_costs_one_request_timeout_and_allows_everything()
    {
        await using var site = await SiteAsync(async context => await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted));
        await using var evaluator = TestEvaluator.Create(configure: o => o.RequestTimeout = TimeSpan.FromSeconds(1));

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        Assert.DoesNotContain(evaluation.Deductions, d => d.Code == "time-limit");
        Assert.Contains("/thu-tuc", site.Requests.Select(r => r.Path));
        Assert.Contains("no complete response within 1 s", EnglishPhrases.Render(Note(evaluation, "robots-unavailable").Evidence.Metric), StringComparison.Ordinal);
    }
}
