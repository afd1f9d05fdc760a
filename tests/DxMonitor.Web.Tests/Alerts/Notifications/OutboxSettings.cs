using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Domain.Alerts;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Tests.Alerts.Notifications;

/// <summary>Settings and writes shared by the outbox tests: a webhook subscription and fast rounds, leases and retries.</summary>
public static class OutboxSettings
{
    public const string Secret = "bí-mật-webhook-cụm";

    public static Dictionary<string, string> For(WebhookReceiver receiver, params (string Key, string Value)[] more)
    {
        var settings = new Dictionary<string, string>
        {
            ["Alerting:Subscriptions:0:Unit"] = "P40",
            ["Alerting:Subscriptions:0:WebhookUrl"] = receiver.Url.ToString(),
            ["Alerting:Subscriptions:0:WebhookSecret"] = Secret,
            ["Alerting:Subscriptions:1:Unit"] = "P42",
            ["Alerting:Subscriptions:1:WebhookUrl"] = receiver.Url.ToString(),
            ["Alerting:Subscriptions:1:WebhookSecret"] = Secret,
            ["Monitoring:OverdueAlerts"] = "false",
            ["Leases:Duration"] = "00:00:04",
            ["Leases:RenewEvery"] = "00:00:01",
            ["Notifications:Outbox:PollInterval"] = "00:00:00.200",
            ["Notifications:Outbox:RetryDelay"] = "00:00:00.500",
            ["Notifications:Outbox:MaxRetryDelay"] = "00:00:02",
            ["Notifications:Outbox:ClaimFor"] = "00:00:05",
            ["Notifications:Webhook:MaxRetries"] = "1",
            ["Notifications:Webhook:FirstRetryDelay"] = "00:00:00.050",
            ["Notifications:Webhook:AttemptTimeout"] = "00:00:03",
        };
        foreach (var (key, value) in more)
        {
            settings[key] = value;
        }
        return settings;
    }

    /// <summary>Values that put a province past its fibre target's deadline: one DeadlineMissed alert fires for it.</summary>
    public static Task<HttpResponseMessage> MissDeadlineAsync(HttpClient client, string unit) =>
        client.PostAsJsonAsync("/api/v1/values/batch", new
        {
            values = new[]
            {
                new { indicator = "PRV.FIBRE_HOUSEHOLDS_RATE", unit, period = "2021Q4", value = 40m },
                new { indicator = "PRV.FIBRE_HOUSEHOLDS_RATE", unit, period = "2022Q4", value = 55m },
            },
        });

    /// <summary>
    /// The alert transitions the subscriptions hear of, in Nghệ An (P40) and Tuyên Quang (P42), warning or worse: each
    /// alert's firing, its escalations, and its resolution.
    /// </summary>
    public static async Task<int> AnnouncedAsync(DxDbContext db)
    {
        var alerts = await db.Alerts.AsNoTracking()
            .Where(a => a.Severity >= AlertSeverity.Warning && db.Units.Any(u => u.Id == a.UnitId && (u.Code == "P40" || u.Code == "P42")))
            .Select(a => new { Fired = a.FiringSince != null, Resolved = a.State == AlertState.Resolved, a.EscalationLevel })
            .ToListAsync();
        return alerts.Sum(a => (a.Fired ? 1 : 0) + (a.Resolved ? 1 : 0) + a.EscalationLevel);
    }

    public static JsonElement Body(ReceivedRequest request) => JsonDocument.Parse(request.Body).RootElement;
}
