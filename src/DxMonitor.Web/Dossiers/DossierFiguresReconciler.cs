using DxMonitor.Data;
using DxMonitor.Web.Leases;
using DxMonitor.Web.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Dossiers;

/// <summary>
/// Finishes dossier batches whose figures were never written (the process died between committing the dossiers
/// and writing the figures derived from them): at start and every <see cref="DossiersOptions.ReconcileMinutes"/>,
/// each such batch older than <see cref="DossiersOptions.ReconcileAfterSeconds"/> has its figures recomputed
/// from the stored dossiers, and the log says which. One instance reconciles at a time (its lease).
/// </summary>
public sealed class DossierFiguresReconciler(
    IServiceScopeFactory scopes, IOptions<DossiersOptions> options, Leases.Leases leases, TimeProvider clock, ILogger<DossierFiguresReconciler> logger)
    : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        leases.Get(LeaseNames.DossierFigures).RunWhileHeldAsync(async held =>
        {
            using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.ReconcileMinutes), clock);
            do
            {
                try
                {
                    await ReconcileAsync(held);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogError(e, "Reconciling dossier figures failed; trying again in {Minutes} minutes", options.Value.ReconcileMinutes);
                }
            }
            while (await timer.WaitForNextTickAsync(held));
        }, stoppingToken);

    /// <summary>One pass; returns the batches finished.</summary>
    public async Task<int> ReconcileAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
        var monitoring = scope.ServiceProvider.GetRequiredService<ReportChannel>();
        var before = clock.GetUtcNow().UtcDateTime.AddSeconds(-options.Value.ReconcileAfterSeconds);
        var pending = await db.DossierBatches.AsNoTracking()
            .Where(b => b.FiguresWrittenAt == null && b.ReceivedAt <= before)
            .OrderBy(b => b.Id).Select(b => new { b.Id, b.SentBy, b.Touched })
            .ToListAsync(ct);
        foreach (var batch in pending)
        {
            var written = await PublishDossierFigures.ExecuteAsync(batch.Id, db, clock, monitoring, ct);
            db.ChangeTracker.Clear();
            logger.LogWarning(
                "Dossier batch {Batch} (sent by {SentBy}) had its figures unwritten; recomputed them for {Touched}: {Written} figures changed",
                batch.Id, batch.SentBy, batch.Touched, written);
        }
        return pending.Count;
    }
}
