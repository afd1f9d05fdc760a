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
        var feedback = await db.Feedback.AsNoTracking().Where(f => ids.Contains(f.UnitId) && f.ReceivedAt < end).ToListAsync(ct);
        var received = feedback.Where(f => f.ReceivedMonth == month).ToList();
        var overdue = feedback.Count(f => f.DueAt is { } due && due < end && (f.AnsweredAt is not { } answered || answered >= end));
        var ratings = await db.DossierRatings.AsNoTracking().Where(r => ids.Contains(r.UnitId) && r.RatedMonth == month)
            .GroupBy(r => r.Level).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var rated = ratings.Values.Sum();
        var satisfied = ratings.GetValueOrDefault(Satisfaction.Satisfied) + ratings.GetValueOrDefault(Satisfaction.VerySatisfied);
        return new FeedbackFigures(
            unit.Code, DossierMonth.ToPeriod(month).Code, received.Count, received.Count(f => f.AnsweredAt is not null),
            received.Count(f => f.AnsweredOnTime == true), overdue, rated, ratings.GetValueOrDefault(Satisfaction.VerySatisfied),
            ratings.GetValueOrDefault(Satisfaction.Satisfied), ratings.GetValueOrDefault(Satisfaction.Dissatisfied),
            rated == 0 ? null : Math.Round(100m * satisfied / rated, 4));
    }
}
