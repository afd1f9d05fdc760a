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
/// Pending alerts are not announced; firing, escalation and resolution are.
/// </summary>
public sealed class AlertAnnouncer(NotificationDispatcher dispatcher, IOptions<AlertingOptions> options)
{
    public async Task<int> AnnounceAsync(IReadOnlyList<AlertTransition> transitions, DxDbContext db, CancellationToken ct)
    {
        var announced = transitions.Where(t => t.To is Domain.Alerts.AlertState.Firing or Domain.Alerts.AlertState.Resolved || t.Escalated).ToList();
        if (announced.Count == 0 || options.Value.Subscriptions.Count == 0)
        {
            return 0;
        }
        var units = await UnitDirectory.LoadAsync(db, ct);
        var indicators = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Id, ct);
        var sent = 0;
        foreach (var transition in announced)
        {
            var alert = transition.Alert;
            var unit = units.ById[alert.UnitId];
            var ancestors = units.AncestorIds(unit).ToList();
            var targets = options.Value.Subscriptions.Where(s => alert.Severity >= s.MinSeverity && Routes(s, unit.Id, ancestors, alert.EscalationLevel, units))
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
            sent += (await dispatcher.DispatchAsync(notification, targets, ct)).Count(r => r.Delivered);
        }
        return sent;
    }

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
