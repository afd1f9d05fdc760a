namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>How urgent an alert is; sent by name ("Critical") in webhooks.</summary>
public enum AlertSeverity
{
    Info,
    Warning,
    Critical,
}
