namespace DxMonitor.Web.Alerts.Notifications;

/// <summary>Which change of an alert a notification announces; sent by name ("Firing") in webhooks.</summary>
public enum AlertState
{
    /// <summary>The alert has just started.</summary>
    Firing,

    /// <summary>The alert is still open past its deadline and goes to a higher level.</summary>
    Escalated,

    /// <summary>The condition no longer holds.</summary>
    Resolved,
}
