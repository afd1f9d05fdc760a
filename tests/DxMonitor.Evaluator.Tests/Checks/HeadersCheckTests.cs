using DxMonitor.Evaluator.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DxMonitor.Evaluator.Tests.Checks;

public sealed class HeadersCheckTests
{
    [Fact]
    public async Task A_portal_without_hsts_loses_a_quarter_of_the_headers_check_with_the_header_as_evidence()
    {
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(), PortalPages.SecureHeadersWithout("Strict-Transport-Security"), Certificates.Valid());
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var deduction = Assert.Single(evaluation.Deductions, d => d.Points > 0);
        Assert.Equal(("headers", "hsts-missing"), (deduction.CheckId, deduction.Code));
        Assert.Equal("Strict-Transport-Security", deduction.Evidence.Header);
        Assert.Equal(site.Url.ToString(), deduction.Evidence.Url);
        Assert.Equal(2.29, deduction.Points); // a quarter of headers' 7.5 of 82 measured points (no browser), rescaled to 100
        Assert.Equal(97.7, evaluation.Score);
        Assert.Equal("A", evaluation.Grade);
    }

    [Fact]
    public async Task A_portal_with_no_security_headers_at_all_is_told_each_missing_header_and_cannot_get_an_A()
    {
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(), new Dictionary<string, string>(), Certificates.Valid());
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        Assert.Equal(
            ["csp-missing", "frame-options-missing", "headers-mostly-missing", "hsts-missing", "nosniff-missing", "permissions-policy-missing", "referrer-policy-missing"],
            evaluation.Deductions.Where(d => d.CheckId == "headers").Select(d => d.Code).Order().ToArray());
        Assert.Equal(90.9, evaluation.Score); // security headers are half of the 15 points of information security
        Assert.Equal("B", evaluation.Grade);
        var held = Assert.Single(evaluation.Deductions, d => d.Code == "grade-held");
        Assert.Equal(["B", "headers-mostly-missing"], held.Arguments);
    }

    [Fact]
    public async Task A_short_hsts_max_age_and_a_cookie_without_flags_are_reported()
    {
        var headers = PortalPages.SecureHeadersWithout("Strict-Transport-Security")
            .Append(new("Strict-Transport-Security", "max-age=3600")).Append(new("Set-Cookie", "phien=abc; Path=/")).ToDictionary();
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(), headers, Certificates.Valid());
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var hsts = Assert.Single(evaluation.Deductions, d => d.Code == "hsts-short");
        Assert.Equal("Strict-Transport-Security: max-age=3600", hsts.Evidence.Header);
        var cookie = Assert.Single(evaluation.Deductions, d => d.Code == "cookie-flags");
        Assert.Equal("Cookie phien lacks Secure, HttpOnly, SameSite", cookie.Message);
        Assert.Equal("Set-Cookie: phien=abc; Path=/", cookie.Evidence.Header);
    }

    [Fact]
    public async Task Csp_frame_ancestors_stands_in_for_x_frame_options()
    {
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(), PortalPages.SecureHeadersWithout("X-Frame-Options"), Certificates.Valid());
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        Assert.Equal(100, evaluation.Score);
    }

    [Fact]
    public async Task Headers_cannot_be_judged_when_the_home_page_answers_an_error()
    {
        await using var site = await FixtureSite.StartAsync(app => app.MapGet("/", () => Results.StatusCode(503)));
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var headers = Assert.Single(evaluation.Deductions, d => d.CheckId == "headers");
        Assert.Equal("not-measurable", headers.Code);
        Assert.Contains("HTTP 503", headers.Message, StringComparison.Ordinal);
        Assert.Equal(0, evaluation.Score);
        Assert.Equal("E", evaluation.Grade);
    }
}
