using DxMonitor.Data;
using DxMonitor.Domain.Dossiers;
using DxMonitor.Domain.Feedback;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Feedback;

/// <summary>A unit's feedback and rating figures for a month, over the unit and every unit below it.</summary>
public static class FeedbackQueries
{
    public static async Task<FeedbackFigures> FiguresAsync(OrgUnit unit, int month, UnitDirectory units, DxDbContext db, CancellationToken ct)
    {
        var ids = units.SubtreeIds(unit).ToList();
        var end = DossierMonth.StartUtc(DossierMonth.Next(month));
        var feedback = db.Feedback.AsNoTracking().Where(f => ids.Contains(f.UnitId));
        var received = feedback.Where(f => f.ReceivedMonth == month);
        var receivedCount = await received.CountAsync(ct);
        var answered = await received.CountAsync(f => f.AnsweredAt != null, ct);
        var onTime = await received.CountAsync(f => f.AnsweredAt != null && (f.DueAt == null || f.AnsweredAt <= f.DueAt), ct); // FeedbackRecord.AnsweredOnTime
        var overdue = await feedback.CountAsync(f => f.ReceivedAt < end && f.DueAt != null && f.DueAt < end && (f.AnsweredAt == null || f.AnsweredAt >= end), ct);
        var ratings = await db.DossierRatings.AsNoTracking().Where(r => ids.Contains(r.UnitId) && r.RatedMonth == month)
            .GroupBy(r => r.Level).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var rated = ratings.Values.Sum();
        var satisfied = ratings.GetValueOrDefault(Satisfaction.Satisfied) + ratings.GetValueOrDefault(Satisfaction.VerySatisfied);
        return new FeedbackFigures(
            unit.Code, DossierMonth.ToPeriod(month).Code, receivedCount, answered, onTime, overdue, rated, ratings.GetValueOrDefault(Satisfaction.VerySatisfied),
            ratings.GetValueOrDefault(Satisfaction.Satisfied), ratings.GetValueOrDefault(Satisfaction.Dissatisfied),
            rated == 0 ? null : Math.Round(100m * satisfied / rated, 4));
    }
}
