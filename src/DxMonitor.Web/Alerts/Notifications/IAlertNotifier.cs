namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>Sends one alert notification to one target.</summary>
public interface IAlertNotifier
{
    /// <summary>
    /// Sends the notification, retrying where the channel allows, and reports the outcome. A failed delivery is a
    /// result, not an exception.
    /// </summary>
    /// <exception cref="ArgumentException">The target is of a kind this notifier does not send to.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled by the caller.</exception>
    Task<DeliveryResult> SendAsync(AlertNotification n, NotificationTarget t, CancellationToken ct);
}
