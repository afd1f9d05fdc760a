using DxMonitor.Data.Dossiers;
using DxMonitor.Domain.Dossiers;
using DxMonitor.Domain.Feedback;
using DxMonitor.Domain.ServiceIndex;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Data.ServiceIndex;

/// <summary>Feedback, ratings and procedure versions counted per unit by the database (GROUP BY), for the service index.</summary>
public static class ServiceAggregation
{
    /// <summary>Every unit's inputs to the index, pooled over the units below it (dossier figures from the summary rows).</summary>
    /// <param name="parents">Each unit's parent (null for the nation).</param>
    public static async Task<ServiceFigures> FiguresAsync(DxDbContext db, IReadOnlyDictionary<int, int?> parents, DateTime nowUtc, CancellationToken ct)
    {
        var dossiers = DossierFigures.Compute(await DossierAggregation.LoadAsync(db, nowUtc, null, ct), parents, nowUtc);
        return ServiceFigures.Compute(dossiers, await LoadAsync(db, nowUtc, ct), parents);
    }

    public static async Task<ServiceAggregates> LoadAsync(DxDbContext db, DateTime nowUtc, CancellationToken ct)
    {
        var feedback = await db.Feedback.AsNoTracking()
            .GroupBy(f => new { f.UnitId, f.ReceivedMonth })
            .Select(g => new ServiceAggregates.FeedbackRow(g.Key.UnitId, g.Key.ReceivedMonth, g.Count(),
                g.Count(f => f.AnsweredAt != null && (f.DueAt == null || f.AnsweredAt <= f.DueAt)),
                g.Count(f => f.DueAt != null && (f.AnsweredAt != null ? f.AnsweredAt > f.DueAt : f.DueAt < nowUtc))))
            .ToListAsync(ct);
        var ratings = await db.DossierRatings.AsNoTracking()
            .GroupBy(r => new { r.UnitId, r.RatedMonth })
            .Select(g => new ServiceAggregates.RatingRow(g.Key.UnitId, g.Key.RatedMonth, g.Count(),
                g.Count(r => r.Level == Satisfaction.Satisfied || r.Level == Satisfaction.VerySatisfied)))
            .ToListAsync(ct);
        var procedures = await db.Procedures.AsNoTracking()
            .GroupBy(p => new { p.UnitId, p.ValidFrom, p.ValidTo, Complete = p.TimeLimitDays != null })
            .Select(g => new ServiceAggregates.ProcedureRow(g.Key.UnitId, g.Key.ValidFrom, g.Key.ValidTo, g.Key.Complete, g.Count()))
            .ToListAsync(ct);
        return new(feedback, ratings, procedures);
    }
}
