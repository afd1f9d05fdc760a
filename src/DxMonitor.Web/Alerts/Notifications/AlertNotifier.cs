namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>The <see cref="IAlertNotifier"/> the application resolves: sends by the target's channel.</summary>
public sealed class AlertNotifier(EmailNotifier email, WebhookNotifier webhook) : IAlertNotifier
{
    public Task<DeliveryResult> SendAsync(AlertNotification n, NotificationTarget t, Guid deliveryId, CancellationToken ct) => t switch
    {
        EmailTarget => email.SendAsync(n, t, deliveryId, ct),
        WebhookTarget => webhook.SendAsync(n, t, deliveryId, ct),
        null => throw new ArgumentNullException(nameof(t)),
        _ => throw new ArgumentException($"No notifier sends to a {t.Channel} target.", nameof(t)),
    };
}
