using System.Globalization;
using System.Net;
using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DxMonitor.Evaluator.Tests.Robustness;

/// <summary>
/// The evaluator without the tests' allow-list: no request reaches a loopback, private, link-local, shared, multicast
/// or unspecified address, whatever spelling, name, redirect, link or page leads to it. The internal server the
/// attacker aims at is a fixture on 127.0.0.1 that records every request; where an allowed portal is needed it is on
/// 127.0.0.2, the only network allowed.
/// </summary>
public sealed class ForbiddenAddressTests
{
    private static readonly IPAddress AllowedLoopback = IPAddress.Parse("127.0.0.2");

    private static PortalEvaluator PublicOnly(bool browser = false) => TestEvaluator.Create(browser, o => o.AllowedNetworks = []);

    private static PortalEvaluator Only127002(bool browser = false) => TestEvaluator.Create(browser, o => o.AllowedNetworks = ["127.0.0.2/32"]);

    private static Task<FixtureSite> InternalAsync() => FixtureSite.StartAsync(app => app.MapGet("/{**path}", () => "bí mật nội bộ"));

    private static IReadOnlyList<Deduction> Refusals(Evaluation evaluation) => [.. evaluation.Deductions.Where(d => d.Code == "forbidden-address")];

    [Theory]
    [InlineData("http://127.0.0.1:{0}/", "127.0.0.1", "127.0.0.0/8")]
    [InlineData("http://localhost:{0}/", null, null)]
    [InlineData("http://127.1:{0}/", "127.0.0.1", "127.0.0.0/8")]
    [InlineData("http://2130706433:{0}/", "127.0.0.1", "127.0.0.0/8")]
    [InlineData("http://0177.0.0.1:{0}/", "127.0.0.1", "127.0.0.0/8")]
    [InlineData("http://0x7f.0.0.1:{0}/", "127.0.0.1", "127.0.0.0/8")]
    [InlineData("http://[::1]:{0}/", "::1", "::1/128")]
    [InlineData("http://[::ffff:127.0.0.1]:{0}/", "::ffff:127.0.0.1", "127.0.0.0/8")]
    [InlineData("http://0.0.0.0:{0}/", "0.0.0.0", "0.0.0.0/8")]
    [InlineData("http://[::]:{0}/", "::", "::/128")]
    public async Task No_spelling_of_the_loopback_address_reaches_the_server(string template, string? address, string? network)
    {
        await using var target = await InternalAsync();
        await using var evaluator = PublicOnly();
        var url = new Uri(string.Format(CultureInfo.InvariantCulture, template, target.Url.Port));

        var evaluation = await evaluator.EvaluateAsync(url, CancellationToken.None);

        Assert.Empty(target.Requests);
        Assert.Equal("E", evaluation.Grade);
        var refusal = Assert.Single(Refusals(evaluation));
        Assert.Equal(0, refusal.Points);
        if (address is not null)
        {
            Assert.Equal([address, network!], refusal.Arguments);
        }
        Assert.Contains("the evaluator connects only to public addresses", Assert.Single(evaluation.Deductions, d => d.Code == "home-unavailable").Message, StringComparison.Ordinal);
        Assert.Contains(evaluation.Deductions, d => d.CheckId == "tls" || d.Code == "probe-failed");
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/", "169.254.0.0/16")]
    [InlineData("http://10.0.0.1/", "10.0.0.0/8")]
    [InlineData("https://172.16.5.4/", "172.16.0.0/12")]
    [InlineData("http://192.168.1.1:8080/", "192.168.0.0/16")]
    [InlineData("http://100.64.0.1/", "100.64.0.0/10")]
    [InlineData("http://224.0.0.1/", "224.0.0.0/4")]
    [InlineData("http://[fe80::1]/", "fe80::/10")]
    [InlineData("http://[fd00::1]/", "fc00::/7")]
    [InlineData("http://[ff02::1]/", "ff00::/8")]
    public async Task Private_link_local_shared_and_multicast_addresses_are_refused_without_a_connection(string url, string network)
    {
        await using var evaluator = PublicOnly();

        var evaluation = await evaluator.EvaluateAsync(new Uri(url), CancellationToken.None);

        Assert.Equal(network, Assert.Single(Refusals(evaluation)).Arguments[1]);
        // Refused before any connection: nothing waited for a timeout (the request timeout is 3 s, three probes).
        Assert.True(evaluation.Duration < TimeSpan.FromSeconds(3), $"took {evaluation.Duration}");
    }

    [Theory]
    [InlineData("http://127.0.0.1:{0}/bi-mat")]
    [InlineData("http://localhost:{0}/bi-mat")]
    [InlineData("http://[::ffff:127.0.0.1]:{0}/bi-mat")]
    public async Task A_portal_redirecting_to_an_internal_address_is_refused_at_the_redirect(string template)
    {
        await using var target = await InternalAsync();
        var secret = string.Format(CultureInfo.InvariantCulture, template, target.Url.Port);
        await using var portal = await FixtureSite.StartAsync(app => app.MapGet("/", () => Results.Redirect(secret)), address: AllowedLoopback);
        await using var evaluator = Only127002();

        var evaluation = await evaluator.EvaluateAsync(portal.Url, CancellationToken.None);

        Assert.Empty(target.Requests);
        Assert.Contains(portal.Requests, r => r.Path == "/");
        var refusal = Assert.Single(Refusals(evaluation));
        Assert.Equal(new Uri(secret).ToString(), refusal.Evidence.Url);
        Assert.Equal($"requested by a redirect from {portal.Url} (fetching {portal.Url})", EnglishPhrases.Render(refusal.Evidence.Element));
        Assert.Equal("E", evaluation.Grade);
    }

    [Fact]
    public async Task A_crawled_link_that_redirects_to_an_internal_address_is_a_broken_link_and_a_refusal()
    {
        await using var target = await InternalAsync();
        var secret = $"http://127.0.0.1:{target.Url.Port}/quan-tri";
        await using var portal = await FixtureSite.PortalAsync(PortalPages.Home(), address: AllowedLoopback,
            more: app => app.MapGet("/nop-ho-so", () => Results.Redirect(secret)));
        await using var evaluator = Only127002();

        var evaluation = await evaluator.EvaluateAsync(portal.Url, CancellationToken.None);

        Assert.Empty(target.Requests);
        Assert.Contains(evaluation.Deductions, d => d.Code == "broken-link" && d.Evidence.Url == new Uri(portal.Url, "/nop-ho-so").ToString());
        var refusal = Assert.Single(Refusals(evaluation));
        Assert.Equal(secret, refusal.Evidence.Url);
        Assert.StartsWith($"requested by a redirect from {portal.Url}nop-ho-so", EnglishPhrases.Render(refusal.Evidence.Element), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chromium_loads_the_portal_but_none_of_its_images_frames_fetches_or_sockets_aimed_at_internal_addresses()
    {
        await using var target = await InternalAsync();
        var port = target.Url.Port;
        var html = PortalPages.Home().Replace("</body>", $$"""
              <img src="http://127.0.0.1:{{port}}/anh.png" alt="ảnh nội bộ" width="1" height="1">
              <iframe src="http://[::ffff:127.0.0.1]:{{port}}/khung" title="khung nội bộ"></iframe>
              <script>
                fetch("http://localhost:{{port}}/api/bi-mat").catch(() => {});
                try { new WebSocket("ws://127.0.0.1:{{port}}/ws"); } catch (e) { }
              </script>
            </body>
            """, StringComparison.Ordinal);
        await using var portal = await FixtureSite.PortalAsync(html, PortalPages.SecureHeadersWithout("Content-Security-Policy"), address: AllowedLoopback);
        await using var evaluator = Only127002(browser: true);

        var evaluation = await evaluator.EvaluateAsync(portal.Url, CancellationToken.None);

        Assert.Empty(target.Requests);
        Assert.True(evaluation.Checks.Single(c => c.CheckId == "performance").Measured);
        Assert.DoesNotContain(evaluation.Deductions, d => d.Code is "load-failed" or "not-measurable" or "home-unavailable");
        var refused = Refusals(evaluation).Where(r => EnglishPhrases.Render(r.Evidence.Element)!.Contains("Chromium", StringComparison.Ordinal)).Select(r => r.Evidence.Url).ToList();
        Assert.Contains($"http://127.0.0.1:{port}/anh.png", refused);
        Assert.Contains($"http://[::ffff:127.0.0.1]:{port}/khung", refused);
        Assert.Contains($"http://localhost:{port}/api/bi-mat", refused);
    }
}
