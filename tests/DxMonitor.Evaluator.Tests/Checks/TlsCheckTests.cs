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
        Assert.Contains("expired 35 days ago", expired.Message, StringComparison.Ordinal);
        Assert.Contains("days left", expired.Evidence.Metric, StringComparison.Ordinal);
        Assert.Equal(80, evaluation.Score); // tls is 15 of 75 measured points (no browser), rescaled: 20
        Assert.Equal("B", evaluation.Grade);
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
        Assert.Equal(84, evaluation.Score);
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
        Assert.Contains("UntrustedRoot", untrusted.Message, StringComparison.Ordinal);
        Assert.Equal(86, evaluation.Score);
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
        Assert.Equal(96, evaluation.Score);
        Assert.Equal("A", evaluation.Grade);
    }

    [Fact]
    public async Task A_portal_over_plain_http_loses_the_tls_check()
    {
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home());
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var deduction = Assert.Single(evaluation.Deductions, d => d.Points > 0);
        Assert.Equal(("tls", "no-https", 20.0), (deduction.CheckId, deduction.Code, deduction.Points));
        Assert.Equal("B", evaluation.Grade);
    }
}
