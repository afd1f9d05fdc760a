using DxMonitor.Data;
using DxMonitor.Domain.Alerts;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Monitoring;

/// <summary>Applies a pass's alert candidates to the stored alerts in one SaveChanges.</summary>
public static class AlertStore
{
    /// <param name="only">
    /// The one rule whose alerts these candidates stand for (a watcher outside the engine, e.g. dossiers due
    /// soon); null for the engine's pass, which then leaves every watcher's alerts (<see cref="WatchedRules"/>) alone.
    /// </param>
    public static async Task<IReadOnlyList<AlertTransition>> ApplyAsync(
        DxDbContext db, IReadOnlyList<AlertCandidate> candidates, DateTime now, AlertPolicy policy, CancellationToken ct, AlertRule? only = null)
    {
        var watched = WatchedRules.All.ToArray();
        var open = await db.Alerts.Where(a => a.State != AlertState.Resolved
            && (only == null ? !watched.Contains(a.Rule) : a.Rule == only)).ToListAsync(ct);
        var (opened, transitions) = AlertLifecycle.Apply(open, candidates, now, policy);
        db.Alerts.AddRange(opened);
        await db.SaveChangesAsync(ct);
        return transitions;
    }

    public static AlertPolicy Policy(MonitoringOptions options) => new(
        TimeSpan.FromMinutes(options.PendingMinutes), options.ClearAfterEvaluations,
        TimeSpan.FromHours(options.EscalateAfterHours), options.MaxEscalations);
}
