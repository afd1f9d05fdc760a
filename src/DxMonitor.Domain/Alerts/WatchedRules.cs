namespace DxMonitor.Domain.Alerts;

/// <summary>
/// The rules raised by watchers outside the engine, each applying its own rule's alerts only: the engine's
/// pass leaves these alone, and no watcher resolves another's.
/// </summary>
public static class WatchedRules
{
    /// <summary>
    /// The reporting workflow's notices to a unit: sent to every subscriber of the unit whatever its minimum severity,
    /// since they are addressed to it rather than raised about it.
    /// </summary>
    public static readonly IReadOnlyList<AlertRule> ReportNotices = [AlertRule.ReportReturned, AlertRule.ReportDueSoon, AlertRule.ReportAccepted];

    public static readonly IReadOnlyList<AlertRule> All =
        [AlertRule.DossierDueSoon, AlertRule.ProjectWarning, .. ReportNotices];
}
