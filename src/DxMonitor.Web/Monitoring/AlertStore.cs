using DxMonitor.Data;
using DxMonitor.Domain.Alerts;
using DxMonitor.Web.Alerts;
using DxMonitor.Web.Leases;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Monitoring;

/// <summary>
/// Applies a pass's alert candidates to the stored alerts and writes the notifications of the transitions to the
/// outbox, in one transaction; with a lease, only while this instance still holds it. Nothing here waits on the network.
/// </summary>
public sealed partial class AlertStore(AlertAnnouncer announcer, Alerts.Notifications.NotificationSender sender, ILogger<AlertStore> logger)
{
    /// <param name="only">
    /// The one rule whose alerts these candidates stand for (a watcher outside the engine, e.g. dossiers due
    /// soon); null for the engine's pass, which then leaves every watcher's alerts (<see cref="WatchedRules"/>) alone.
    /// </param>
    /// <param name="lease">The lease the work runs under: nothing is written unless it is still held (then it is renewed).</param>
    public async Task<IReadOnlyList<AlertTransition>> ApplyAsync(DxDbContext db, IReadOnlyList<AlertCandidate> candidates, DateTime now,
        AlertPolicy policy, CancellationToken ct, AlertRule? only = null, BackgroundLease? lease = null)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (lease is not null && !await lease.ConfirmAsync(db, ct))
        {
            LogNotHeld(logger, lease.Name);
            return [];
        }
        var watched = WatchedRules.All.ToArray();
        var open = await db.Alerts.Where(a => a.State != AlertState.Resolved
            && (only == null ? !watched.Contains(a.Rule) : a.Rule == only)).ToListAsync(ct);
        var duplicates = AlertLifecycle.ResolveDuplicates(open, now);
        var (opened, transitions) = AlertLifecycle.Apply([.. open.Except(duplicates)], candidates, now, policy);
        db.Alerts.AddRange(opened);
        await db.SaveChangesAsync(ct); // the new alerts' ids name their deliveries
        var queued = await announcer.QueueAsync(transitions, db, now, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (duplicates.Count > 0)
        {
            var fingerprints = string.Join(", ", duplicates.Select(d => d.Fingerprint).Distinct());
            LogDuplicates(logger, duplicates.Count, fingerprints);
        }
        if (queued > 0)
        {
            sender.Wake();
        }
        return transitions;
    }

    public static AlertPolicy Policy(MonitoringOptions options) => new(
        TimeSpan.FromMinutes(options.PendingMinutes), options.ClearAfterEvaluations,
        TimeSpan.FromHours(options.EscalateAfterHours), options.MaxEscalations);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Alerts not written: this instance no longer holds the lease {Lease}")]
    private static partial void LogNotHeld(ILogger logger, string lease);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Closed {Count} duplicate open alert(s), keeping the first opened of each: {Fingerprints}")]
    private static partial void LogDuplicates(ILogger logger, int count, string fingerprints);
}
