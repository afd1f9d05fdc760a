using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Domain.Alerts;
using DxMonitor.Web.Alerts.Notifications;
using DxMonitor.Web.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NotifiedSeverity = DxMonitor.Web.Alerts.Notifications.AlertSeverity;
using NotifiedState = DxMonitor.Web.Alerts.Notifications.AlertState;

namespace DxMonitor.Web.Alerts;

/// <summary>
/// Turns alert transitions into notifications for the subscribers they route to: the unit's own, those of
/// any ancestor that subscribed with descendants, and, once escalated k levels, those of the k-th ancestor.
/// Pending alerts are not announced; firing, escalation and resolution are. Nothing is sent here: each notification
/// becomes an outbox row (<see cref="NotificationDelivery"/>) in the caller's transaction, for the
/// <see cref="NotificationSender"/> to deliver.
/// </summary>
public sealed class AlertAnnouncer(IOptions<AlertingOptions> options)
{
    /// <summary>Adds the deliveries of <paramref name="transitions"/> (of saved alerts) to <paramref name="db"/>; returns how many.</summary>
    public async Task<int> QueueAsync(IReadOnlyList<AlertTransition> transitions, DxDbContext db, DateTime now, CancellationToken ct)
    {
        // A silenced alert's firing is not announced (it does not escalate either); its resolution still is.
        // An acceptance notice resolving is only the notice expiring: nobody is told.
        var announced = transitions.Where(t => (t.To is Domain.Alerts.AlertState.Resolved && t.Alert.Rule != AlertRule.ReportAccepted)
            || (!t.Alert.IsSilencedAt(now) && (t.To is Domain.Alerts.AlertState.Firing || t.Escalated))).ToList();
        if (announced.Count == 0 || options.Value.Subscriptions.Count == 0)
        {
            return 0;
        }
        var units = await UnitDirectory.LoadAsync(db, ct);
        var indicators = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Id, ct);
        var queued = 0;
        foreach (var transition in announced)
        {
            var alert = transition.Alert;
            var unit = units.ById[alert.UnitId];
            var ancestors = units.AncestorIds(unit).ToList();
            var targets = options.Value.Subscriptions.Where(s => (alert.Severity >= s.MinSeverity || WatchedRules.ReportNotices.Contains(alert.Rule)) && Routes(s, unit.Id, ancestors, alert.EscalationLevel, units))
                .Select(Target).OfType<NotificationTarget>().ToList();
            if (targets.Count == 0)
            {
                continue;
            }
            var indicator = alert.IndicatorId is { } i ? indicators.GetValueOrDefault(i) : null;
            var notification = new AlertNotification
            {
                Fingerprint = alert.Fingerprint,
                Rule = alert.Rule.ToString(),
                Severity = (NotifiedSeverity)(int)alert.Severity,
                State = transition.Escalated ? NotifiedState.Escalated : transition.To == Domain.Alerts.AlertState.Resolved ? NotifiedState.Resolved : NotifiedState.Firing,
                UnitCode = unit.Code,
                UnitNameVi = unit.NameVi,
                IndicatorCode = indicator?.Code,
                IndicatorNameVi = indicator?.NameVi,
                Period = alert.PeriodCode,
                SummaryVi = alert.SummaryVi,
                Evidence = alert.Evidence,
                OccurredAt = new DateTimeOffset(alert.LastSeenAt, TimeSpan.Zero),
                Link = new Uri(options.Value.PublicBaseUrl, $"/alerts?unit={Uri.EscapeDataString(unit.Code)}"),
            };
            var payload = JsonSerializer.Serialize(notification, WebhookNotifier.Json);
            var key = notification.State == NotifiedState.Escalated ? $"Escalated-{alert.EscalationLevel}" : notification.State.ToString();
            foreach (var target in targets.DistinctBy(t => (t.Channel, Address(t))))
            {
                var address = Address(target);
                db.NotificationDeliveries.Add(NotificationDelivery.Create(DeliveryIds.For(alert.Id, key, target.Channel, address),
                    alert.Id, notification.State.ToString(), target.Channel, address, payload, now));
                queued++;
            }
        }
        return queued;
    }

    /// <summary>What the outbox row keeps of a target: the e-mail address or the webhook URL, never the secret.</summary>
    public static string Address(NotificationTarget target) => target switch
    {
        EmailTarget e => e.Address,
        WebhookTarget w => w.Url.AbsoluteUri,
        _ => throw new ArgumentException($"No outbox address for a {target.Channel} target.", nameof(target)),
    };

    /// <summary>The target an outbox row names, with the webhook's secret from the subscriptions; null when no subscription has that webhook any more.</summary>
    public NotificationTarget? Resolve(string channel, string address) => channel switch
    {
        "email" => NotificationTarget.Email(address),
        "webhook" => options.Value.Subscriptions
            .Where(s => s.WebhookUrl?.AbsoluteUri == address && !string.IsNullOrEmpty(s.WebhookSecret))
            .Select(s => NotificationTarget.Webhook(s.WebhookUrl!, s.WebhookSecret!)) // both checked just above
            .FirstOrDefault(),
        _ => null,
    };

    private static bool Routes(Subscription s, int unitId, List<int> ancestors, int escalation, UnitDirectory units)
    {
        if (!units.ByCode.TryGetValue(s.Unit, out var subscribed))
        {
            return false;
        }
        if (subscribed.Id == unitId)
        {
            return true;
        }
        var distance = ancestors.IndexOf(subscribed.Id) + 1; // 1 = the parent
        return distance > 0 && (s.IncludeDescendants || distance <= escalation);
    }

    private static NotificationTarget? Target(Subscription s) =>
        s.WebhookUrl is { } url && !string.IsNullOrEmpty(s.WebhookSecret) ? NotificationTarget.Webhook(url, s.WebhookSecret)
        : !string.IsNullOrWhiteSpace(s.Email) ? NotificationTarget.Email(s.Email)
        : null;
}
