using DxMonitor.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Data.Dossiers;

/// <summary>The stored dossiers counted per unit and Vietnamese month by the database (three GROUP BY queries).</summary>
public static class DossierAggregation
{
    /// <param name="unitIds">Only these units' dossiers; null for all.</param>
    public static async Task<DossierAggregates> LoadAsync(DxDbContext db, DateTime nowUtc, IReadOnlyCollection<int>? unitIds, CancellationToken ct)
    {
        // SQLite would answer "Outcome IN (…)" through the (Outcome, UnitId) index, one table lookup per row: a
        // plain scan is far faster when most rows match.
        var dossiers = (db is Sqlite.SqliteDxDbContext ? db.Dossiers.FromSqlRaw("SELECT * FROM dossiers NOT INDEXED") : db.Dossiers).AsNoTracking();
        if (unitIds is not null)
        {
            dossiers = dossiers.Where(d => unitIds.Contains(d.UnitId));
        }
        var received = await dossiers
            .GroupBy(d => new { d.UnitId, d.ReceivedMonth })
            .Select(g => new DossierAggregates.ReceivedRow(g.Key.UnitId, g.Key.ReceivedMonth, g.Count(),
                g.Count(d => d.Channel == DossierChannel.Online), g.Count(d => d.Scope == OnlineScope.Full),
                g.Count(d => d.PaidOnline != null), g.Count(d => d.PaidOnline == true),
                new LifecycleCounts(
                    g.Count(d => (d.Facts & DossierFacts.NationalPortalSent) != 0), g.Count(d => (d.Facts & DossierFacts.NationalPortal) != 0),
                    g.Count(d => (d.Facts & DossierFacts.SyncedSent) != 0), g.Count(d => (d.Facts & DossierFacts.Synced) != 0),
                    g.Count(d => (d.Facts & DossierFacts.DigitisedInputSent) != 0), g.Count(d => (d.Facts & DossierFacts.DigitisedInput) != 0),
                    g.Count(d => (d.Facts & DossierFacts.ReusedDataSent) != 0), g.Count(d => (d.Facts & DossierFacts.ReusedData) != 0))))
            .ToListAsync(ct);
        var closed = await dossiers
            .Where(d => d.Outcome == DossierOutcome.OnTime || d.Outcome == DossierOutcome.Late)
            .GroupBy(d => new { d.UnitId, d.FinishedMonth })
            .Select(g => new DossierAggregates.ClosedRow(g.Key.UnitId, g.Key.FinishedMonth ?? 0,
                g.Count(d => d.Outcome == DossierOutcome.OnTime), g.Count(d => d.Outcome == DossierOutcome.Late), g.Count(d => d.Digitised)))
            .ToListAsync(ct);
        var overdue = await dossiers
            .Where(d => (d.Outcome == DossierOutcome.Open || d.Outcome == DossierOutcome.Late || d.Outcome == DossierOutcome.Withdrawn) && d.DueMonth != null)
            .GroupBy(d => new { d.UnitId, d.DueMonth, d.FinishedMonth, BeforeNow = d.DueAt < nowUtc })
            .Select(g => new DossierAggregates.OverdueRow(g.Key.UnitId, g.Key.DueMonth ?? 0, g.Key.FinishedMonth, g.Key.BeforeNow, g.Count()))
            .ToListAsync(ct);
        return new(received, closed, overdue);
    }
}
