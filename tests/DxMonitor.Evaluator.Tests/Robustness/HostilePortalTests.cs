using System.Diagnostics;
using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DxMonitor.Evaluator.Tests.Robustness;

public sealed class HostilePortalTests
{
    [Fact]
    public async Task A_redirect_loop_is_graded_E_with_the_loop_as_evidence()
    {
        await using var site = await FixtureSite.StartAsync(app =>
        {
            app.MapGet("/", () => Results.Redirect("/a"));
            app.MapGet("/a", () => Results.Redirect("/b"));
            app.MapGet("/b", () => Results.Redirect("/a"));
        });
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var home = Assert.Single(evaluation.Deductions, d => d.Code == "home-unavailable");
        Assert.Equal($"The home page did not load: redirect loop: {site.Url}a was already visited", home.Message);
        Assert.Equal(0, evaluation.Score);
        Assert.Equal("E", evaluation.Grade);
    }

    [Fact]
    public async Task A_server_that_accepts_and_never_answers_is_graded_E_within_the_request_timeouts()
    {
        await using var server = new RawServer(RawServer.Behaviour.Hang);
        await using var evaluator = TestEvaluator.Create(browser: true);
        var watch = Stopwatch.StartNew();

        var evaluation = await evaluator.EvaluateAsync(server.Url, CancellationToken.None);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
        Assert.Equal("E", evaluation.Grade);
        var probe = Assert.Single(evaluation.Deductions, d => d.Code == "probe-failed" && d.Message.StartsWith("Probe 1 ", StringComparison.Ordinal));
        Assert.EndsWith("no complete response within 3 s", probe.Message, StringComparison.Ordinal);
        Assert.All(evaluation.Checks, c => Assert.True(c.Measured));
    }

    [Fact]
    public async Task Garbage_bytes_instead_of_http_are_graded_E_without_an_exception()
    {
        await using var server = new RawServer(RawServer.Behaviour.Garbage);
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(server.Url, CancellationToken.None);

        Assert.Equal("E", evaluation.Grade);
        Assert.Contains(evaluation.Deductions, d => d.Code == "probe-failed" && d.Message.EndsWith("response is not HTTP", StringComparison.Ordinal));
        Assert.Contains(evaluation.Deductions, d => d.Code == "home-unavailable");
    }

    [Fact]
    public async Task An_endless_body_is_read_only_up_to_the_size_cap()
    {
        await using var server = new RawServer(RawServer.Behaviour.EndlessBody);
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(server.Url, CancellationToken.None);

        var cap = Assert.Single(evaluation.Deductions, d => d.Code == "size-cap");
        Assert.Equal("stopped reading at 1000000 bytes", EnglishPhrases.Render(cap.Evidence.Metric));
        // Three probes and one fetch, each stopping at the 1 MB cap; loopback socket buffers (a few MB each) let the
        // server write further, but once the evaluator hangs up nothing more is sent.
        var sent = server.BytesSent;
        Assert.True(sent < 40_000_000, $"server sent {sent} bytes");
        await Task.Delay(500);
        Assert.Equal(sent, server.BytesSent);
    }

    [Fact]
    public async Task A_portal_that_drips_its_pages_is_cut_off_at_the_portal_time_limit_and_what_is_left_counts_as_failed()
    {
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(), more: app => app.MapGet("/thu-tuc", async (HttpContext context) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(2.5), context.RequestAborted);
            return Results.Content(PortalPages.SubPage("thu-tuc"), "text/html");
        }));
        await using var evaluator = TestEvaluator.Create(configure: o => o.PortalTimeLimit = TimeSpan.FromSeconds(2));
        var watch = Stopwatch.StartNew();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.Contains(evaluation.Deductions, d => d.Code == "time-limit");
        Assert.True(evaluation.Score < 100);
    }

    [Fact]
    public async Task A_name_that_does_not_resolve_is_graded_E()
    {
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(new Uri("https://khong-ton-tai.invalid/"), CancellationToken.None);

        Assert.Equal("E", evaluation.Grade);
        Assert.Contains(evaluation.Deductions, d => d.Code == "home-unavailable");
    }

    [Fact]
    public async Task What_a_portal_writes_cannot_pass_for_the_evaluators_own_words_in_its_evidence()
    {
        // The markers of a phrase span, written into the page as character references, raw bytes and script strings.
        const string Spoof = "&#2;elements&#31;SPOOFED&#3;";
        var links = $$"""
            <li><a href="/mat">{{Spoof}}</a></li>
            <li><img src="/anh.png" data-note="{{Spoof}}"></li>
            <li><script>console.error("\u0002elements\u001FSPOOFED\u0003");</script></li>
            """;
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(extraLinks: links), more: app => app.MapGet("/mat", () => Results.NotFound()));
        await using var evaluator = TestEvaluator.Create(browser: true);

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var texts = evaluation.Deductions
            .SelectMany(d => new[] { d.Message, d.Evidence.Url, d.Evidence.Header, d.Evidence.Element, d.Evidence.Metric }.Concat(d.Arguments))
            .Concat(evaluation.Checks.Select(c => c.NotMeasuredReason))
            .OfType<string>().ToList();
        // The page's text did reach the evidence (the broken link, the console, axe's element)...
        Assert.Contains(evaluation.Deductions, d => d.Code == "broken-link" && d.Evidence.Element!.Contains("SPOOFED", StringComparison.Ordinal));
        Assert.Contains(evaluation.Deductions, d => d.Code == "console-error" && d.Evidence.Element!.Contains("SPOOFED", StringComparison.Ordinal));
        Assert.Contains(evaluation.Deductions, d => d.CheckId == "accessibility" && d.Evidence.Element?.Contains("SPOOFED", StringComparison.Ordinal) == true);
        // ...but never as a phrase: "SPOOFED elements" would be the evaluator saying it counted them.
        Assert.DoesNotContain(texts, t => EnglishPhrases.Render(t).Contains("SPOOFED elements", StringComparison.Ordinal));
        Assert.DoesNotContain(texts, t => t.Contains("\u0002elements", StringComparison.Ordinal));
    }
}
