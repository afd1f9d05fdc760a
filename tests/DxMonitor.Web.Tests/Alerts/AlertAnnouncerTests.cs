using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Alerts.Notifications;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Alerts;

public sealed class AlertAnnouncerTests
{
    [Fact]
    public async Task A_firing_alert_reaches_the_units_webhook_signed_and_other_units_hear_nothing()
    {
        await using var nghean = await WebhookReceiver.StartAsync(200);
        await using var hanoi = await WebhookReceiver.StartAsync(200);
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite, new Dictionary<string, string>
        {
            ["Alerting:Subscriptions:0:Unit"] = "P40",
            ["Alerting:Subscriptions:0:WebhookUrl"] = nghean.Url.ToString(),
            ["Alerting:Subscriptions:0:WebhookSecret"] = "bí-mật-nghệ-an",
            ["Alerting:Subscriptions:1:Unit"] = "P01",
            ["Alerting:Subscriptions:1:WebhookUrl"] = hanoi.Url.ToString(),
            ["Alerting:Subscriptions:1:WebhookSecret"] = "another",
            ["Monitoring:OverdueAlerts"] = "false",
        });
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));

        await analyst.PostAsJsonAsync("/api/v1/values/batch", new
        {
            values = new[]
            {
                new { indicator = "PRV.FIBRE_HOUSEHOLDS_RATE", unit = "P40", period = "2021Q4", value = 40m },
                new { indicator = "PRV.FIBRE_HOUSEHOLDS_RATE", unit = "P40", period = "2022Q4", value = 55m },
            },
        });

        var request = await Eventually.MatchAsync(() => Task.FromResult(nghean.Requests.ToArray()),
            r => r.Any(x => Body(x).GetProperty("unitCode").GetString() == "P40"), "a webhook for Nghệ An");
        var delivered = request.First(x => Body(x).GetProperty("unitCode").GetString() == "P40");
        var body = Body(delivered);
        Assert.Equal("Firing", body.GetProperty("state").GetString());
        Assert.Equal("DeadlineMissed", body.GetProperty("rule").GetString());
        Assert.Contains("Tỉnh Nghệ An", body.GetProperty("summaryVi").GetString(), StringComparison.Ordinal);
        Assert.True(DxMonitorSignature.IsValid("bí-mật-nghệ-an", delivered.Header("X-DxMonitor-Timestamp"),
            delivered.Header("X-DxMonitor-Signature"), delivered.Body, TimeProvider.System.GetUtcNow()));
        Assert.DoesNotContain(hanoi.Requests, x => Body(x).GetProperty("unitCode").GetString() == "P40");
    }

    private static JsonElement Body(ReceivedRequest request) => JsonDocument.Parse(request.Body).RootElement;
}
