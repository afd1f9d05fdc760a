using DxMonitor.Web.Alerts.Notifications;

namespace DxMonitor.Web.Tests.Alerts.Notifications;

public sealed class NotificationTargetTests
{
    [Theory]
    [InlineData("ftp://hooks.example.test/dxmonitor")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative/path")]
    public void Webhook_urls_other_than_http_or_https_are_refused(string url) =>
        Assert.Throws<ArgumentException>(() => NotificationTarget.Webhook(new Uri(url, UriKind.RelativeOrAbsolute), "secret"));

    [Fact]
    public void A_webhook_needs_a_secret() =>
        Assert.Throws<ArgumentException>(() => NotificationTarget.Webhook(new Uri("https://hooks.example.test/x"), ""));

    [Fact]
    public void A_webhook_target_prints_neither_its_secret_nor_its_path()
    {
        var target = NotificationTarget.Webhook(new Uri("https://hooks.example.test:8443/services/T0KEN?key=abc"), "whsec_never-printed");

        Assert.Equal("https://hooks.example.test:8443", target.Redacted);
        Assert.Equal("webhook https://hooks.example.test:8443", target.ToString());
        Assert.Equal("webhook https://hooks.example.test:8443", $"{(NotificationTarget)target}");
    }

    [Theory]
    [InlineData("not an address")]
    [InlineData("cds@")]
    [InlineData("")]
    public void E_mail_addresses_must_be_valid(string address) =>
        Assert.ThrowsAny<ArgumentException>(() => NotificationTarget.Email(address));

    [Fact]
    public void An_e_mail_target_shows_only_its_domain()
    {
        var target = NotificationTarget.Email("Sở KH&CN <cds@hagiang.gov.vn>");

        Assert.Equal("*@hagiang.gov.vn", target.Redacted);
        Assert.Equal("email *@hagiang.gov.vn", target.ToString());
    }

    [Theory]
    [InlineData("/alerts/1")]
    [InlineData("ftp://dxmonitor.test/alerts/1")]
    public void An_alert_link_must_be_an_absolute_http_url(string link) =>
        Assert.Throws<ArgumentException>(() => SampleAlerts.BehindTrajectory() with { Link = new Uri(link, UriKind.RelativeOrAbsolute) });
}
