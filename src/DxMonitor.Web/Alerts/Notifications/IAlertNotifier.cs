namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>Sends one alert notification to one target.</summary>
public interface IAlertNotifier
{
    /// <summary>
    /// Sends the notification, retrying where the channel allows, and reports the outcome. A failed delivery is a
    /// result, not an exception. <paramref name="deliveryId"/> travels with it (the webhook's delivery header, the
    /// e-mail's Message-Id) so that the receiver can recognise a repeat.
    /// </summary>
    /// <exception cref="ArgumentException">The target is of a kind this notifier does not send to.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled by the caller.</exception>
    Task<DeliveryResult> SendAsync(AlertNotification n, NotificationTarget t, Guid deliveryId, CancellationToken ct);
}
