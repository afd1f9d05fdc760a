namespace DxMonitor.Domain.Alerts;

/// <summary>
/// Pending: seen, not yet for long enough; Firing: holds and is shown and notified; Acknowledged: someone
/// answers for it; Resolved: the condition cleared. A resolved alert is never reopened: a new one is.
/// </summary>
public enum AlertState
{
    Pending = 0,
    Firing = 1,
    Acknowledged = 2,
    Resolved = 3,
}
