using DxMonitor.Data.Dossiers.Summaries;
using DxMonitor.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Data.Dossiers;

/// <summary>The stored dossiers counted per unit and Vietnamese month.</summary>
public static class DossierAggregation
{
    /// <summary>
    /// From the summary rows every ingest maintains (<see cref="DossierSummaries"/>), without scanning the dossiers;
    /// only the dossiers due later in the current month are looked up (an index range), to tell which of this
    /// month's overdue dossiers are not due yet.
    /// </summary>
    /// <param name="unitIds">Only these units' dossiers; null for all.</param>
    public static async Task<DossierAggregates> LoadAsync(DxDbContext db, DateTime nowUtc, IReadOnlyCollection<int>? unitIds, CancellationToken ct)
    {
        IQueryable<T> Of<T>(IQueryable<T> rows, System.Linq.Expressions.Expression<Func<T, bool>> ofUnits) where T : class =>
            unitIds is null ? rows.AsNoTracking() : rows.AsNoTracking().Where(ofUnits);
        var received = await Of(db.DossierReceivedCounts, r => unitIds!.Contains(r.UnitId)).Where(r => r.Received > 0)
            .Select(r => new DossierAggregates.ReceivedRow(r.UnitId, r.Month, r.Received, r.Online, r.FullyOnline, r.WithFee, r.PaidOnline,
                new LifecycleCounts(r.PortalSent, r.Portal, r.SyncedSent, r.Synced, r.InputSent, r.Input, r.ReuseSent, r.Reused)))
            .ToListAsync(ct);
        var closed = await Of(db.DossierClosedCounts, c => unitIds!.Contains(c.UnitId)).Where(c => c.OnTime + c.Late > 0)
            .Select(c => new DossierAggregates.ClosedRow(c.UnitId, c.Month, c.OnTime, c.Late, c.Digitised))
            .ToListAsync(ct);
        var spans = await Of(db.DossierOverdueCounts, o => unitIds!.Contains(o.UnitId)).Where(o => o.Count > 0)
            .Select(o => new { o.UnitId, o.DueMonth, o.FinishedMonth, o.Count })
            .ToListAsync(ct);
        var current = DossierMonth.Of(nowUtc);
        var monthEnd = DossierMonth.StartUtc(DossierMonth.Next(current));
        // Of the dossiers due this month, those due after now are not overdue yet. The filter matches the partial
        // index's and the range is on its first column, so the count reads the index alone.
        var notYetDue = await Of(db.Dossiers, d => unitIds!.Contains(d.UnitId))
            .Where(d => d.Outcome != DossierOutcome.OnTime && d.DueAt >= nowUtc && d.DueAt < monthEnd)
            .GroupBy(d => new { d.UnitId, d.FinishedMonth })
            .Select(g => new { g.Key.UnitId, FinishedMonth = g.Key.FinishedMonth ?? 0, Count = g.Count() })
            .ToDictionaryAsync(g => (g.UnitId, g.FinishedMonth), g => g.Count, ct);
        var overdue = new List<DossierAggregates.OverdueRow>(spans.Count + notYetDue.Count);
        foreach (var o in spans)
        {
            int? finished = o.FinishedMonth == 0 ? null : o.FinishedMonth;
            var later = o.DueMonth == current ? notYetDue.GetValueOrDefault((o.UnitId, o.FinishedMonth)) : 0;
            if (o.Count - later > 0)
            {
                overdue.Add(new(o.UnitId, o.DueMonth, finished, o.DueMonth <= current, o.Count - later));
            }
            if (later > 0)
            {
                overdue.Add(new(o.UnitId, o.DueMonth, finished, false, later));
            }
        }
        return new(received, closed, overdue);
    }

    /// <summary>The same counts by scanning the dossiers (three GROUP BY queries): the reference the summary rows are checked against.</summary>
    /// <param name="unitIds">Only these units' dossiers; null for all.</param>
    public static async Task<DossierAggregates> ScanAsync(DxDbContext db, DateTime nowUtc, IReadOnlyCollection<int>? unitIds, CancellationToken ct)
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
