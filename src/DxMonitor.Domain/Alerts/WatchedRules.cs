namespace DxMonitor.Domain.Alerts;

/// <summary>
/// The rules raised by watchers outside the engine, each applying its own rule's alerts only: the engine's
/// pass leaves these alone, and no watcher resolves another's.
/// </summary>
public static class WatchedRules
{
    public static readonly IReadOnlyList<AlertRule> All = [AlertRule.DossierDueSoon, AlertRule.ProjectWarning];
}
