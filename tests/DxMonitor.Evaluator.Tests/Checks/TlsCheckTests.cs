using DxMonitor.Evaluator.Tests.Fixtures;

namespace DxMonitor.Evaluator.Tests.Checks;

public sealed class TlsCheckTests
{
    [Fact]
    public async Task A_portal_with_a_valid_trusted_certificate_and_every_service_scores_full_marks_without_the_browser()
    {
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(), certificate: Certificates.Valid());
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        Assert.DoesNotContain(evaluation.Deductions, d => d.Points > 0);
        Assert.Equal(100, evaluation.Score);
        Assert.Equal("A", evaluation.Grade);
    }

    [Fact]
    public async Task An_expired_certificate_is_reported_with_its_expiry_and_costs_the_whole_tls_check()
    {
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(), certificate: Certificates.Expired());
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var expired = Assert.Single(evaluation.Deductions, d => d.CheckId == "tls");
        Assert.Equal("certificate-expired", expired.Code);
        Assert.Equal("The certificate expired 35 days ago", expired.Message);
        Assert.Equal(["35"], expired.Arguments);
        Assert.DoesNotContain("left", expired.Evidence.Metric, StringComparison.Ordinal);
        Assert.Equal(90.9, evaluation.Score); // tls is 7.5 of 82 measured points (no browser), rescaled: 9.15
        Assert.Equal("B", evaluation.Grade); // held: browsers warn about the certificate
        Assert.Contains(evaluation.Deductions, d => d.Code == "grade-held" && d.Arguments[1] == "certificate-expired");
    }

    [Fact]
    public async Task A_certificate_for_another_host_is_reported_as_a_host_name_mismatch()
    {
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(), certificate: Certificates.ForOtherHost());
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var mismatch = Assert.Single(evaluation.Deductions, d => d.CheckId == "tls");
        Assert.Equal("hostname-mismatch", mismatch.Code);
        Assert.Contains("CN=portal.example.gov.vn", mismatch.Evidence.Element, StringComparison.Ordinal);
        Assert.Equal(92.7, evaluation.Score);
        Assert.Equal("B", evaluation.Grade);
    }

    [Fact]
    public async Task A_self_signed_certificate_is_reported_as_an_untrusted_chain()
    {
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(), certificate: Certificates.SelfSigned());
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var untrusted = Assert.Single(evaluation.Deductions, d => d.CheckId == "tls");
        Assert.Equal("chain-untrusted", untrusted.Code);
        Assert.Equal("The certificate does not chain to a trusted root: the root certificate is not trusted", untrusted.Message);
        Assert.Equal(["\u0002chain-untrusted-root\u0003"], untrusted.Arguments); // a phrase each reader renders in its language
        Assert.Contains("UntrustedRoot", untrusted.Evidence.Metric, StringComparison.Ordinal); // .NET's own text, kept as detail
        Assert.Equal(93.6, evaluation.Score);
    }

    [Fact]
    public async Task A_certificate_expiring_within_thirty_days_is_a_warning()
    {
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(), certificate: Certificates.ExpiringIn(12));
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var expiring = Assert.Single(evaluation.Deductions, d => d.CheckId == "tls");
        Assert.Equal("certificate-expiring", expiring.Code);
        Assert.Equal("The certificate expires in 12 days", expiring.Message);
        Assert.Equal(98.2, evaluation.Score);
        Assert.Equal("A", evaluation.Grade);
    }

    [Fact]
    public async Task A_portal_over_plain_http_loses_the_tls_check()
    {
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home());
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        Assert.Equal([("tls", "no-https", 9.15), ("headers", "hsts-over-http", 2.29)],
            evaluation.Deductions.Where(d => d.Points > 0).Select(d => (d.CheckId, d.Code, d.Points)).ToArray());
        Assert.Equal("Strict-Transport-Security: max-age=31536000; includeSubDomains", Assert.Single(evaluation.Deductions, d => d.Code == "hsts-over-http").Evidence.Header);
        Assert.Equal(88.6, evaluation.Score);
        Assert.Equal("B", evaluation.Grade);
    }
}
