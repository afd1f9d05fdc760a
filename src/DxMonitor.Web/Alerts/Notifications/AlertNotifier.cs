namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>The <see cref="IAlertNotifier"/> the application resolves: sends by the target's channel.</summary>
public sealed class AlertNotifier(EmailNotifier email, WebhookNotifier webhook) : IAlertNotifier
{
    public Task<DeliveryResult> SendAsync(AlertNotification n, NotificationTarget t, CancellationToken ct) => t switch
    {
        EmailTarget => email.SendAsync(n, t, ct),
        WebhookTarget => webhook.SendAsync(n, t, ct),
        null => throw new ArgumentNullException(nameof(t)),
        _ => throw new ArgumentException($"No notifier sends to a {t.Channel} target.", nameof(t)),
    };
}
