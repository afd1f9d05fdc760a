namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>One notification on its way to one target, under its stable delivery id.</summary>
public sealed record OutgoingNotification(Guid DeliveryId, AlertNotification Notification, NotificationTarget Target);
