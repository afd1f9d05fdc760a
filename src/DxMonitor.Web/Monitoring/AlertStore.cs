using DxMonitor.Data;
using DxMonitor.Domain.Alerts;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Monitoring;

/// <summary>Applies a pass's alert candidates to the stored alerts in one SaveChanges.</summary>
public static class AlertStore
{
    public static async Task<IReadOnlyList<AlertTransition>> ApplyAsync(
        DxDbContext db, IReadOnlyList<AlertCandidate> candidates, DateTime now, AlertPolicy policy, CancellationToken ct)
    {
        var open = await db.Alerts.Where(a => a.State != AlertState.Resolved).ToListAsync(ct);
        var (opened, transitions) = AlertLifecycle.Apply(open, candidates, now, policy);
        db.Alerts.AddRange(opened);
        await db.SaveChangesAsync(ct);
        return transitions;
    }

    public static AlertPolicy Policy(MonitoringOptions options) => new(
        TimeSpan.FromMinutes(options.PendingMinutes), options.ClearAfterEvaluations,
        TimeSpan.FromHours(options.EscalateAfterHours), options.MaxEscalations);
}
