using System.Globalization;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Values;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Portals;

/// <summary>
/// Writes a unit's portal score for the current quarter (Vietnam's calendar): the mean of the latest evaluation in
/// the quarter of each of its active portals, through <see cref="RecordValues"/> so the value is checked, audited
/// and the monitoring engine recomputed. Provinces write PRV.PORTAL_SCORE, ministries MIN.PORTAL_SCORE. The change to
/// the portal records and the score derived from them commit together (<see cref="SaveWithScoreAsync"/>).
/// </summary>
public static class RecordPortalScore
{
    public const string ProvinceIndicator = "PRV.PORTAL_SCORE";
    public const string MinistryIndicator = "MIN.PORTAL_SCORE";

    /// <summary>Saves the context's pending changes to a unit's portals and the unit's score in one transaction, then tells the engines.</summary>
    public static async Task<IndicatorWriteResponse> SaveWithScoreAsync(
        int unitId, Actor actor, DxDbContext db, TimeProvider clock, ReportChannel monitoring, CancellationToken ct)
    {
        IndicatorWriteResponse response;
        RecordValues.Done? stored;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            await db.SaveChangesAsync(ct);
            (response, stored) = await StoreAsync(unitId, actor, db, clock, ct);
            await transaction.CommitAsync(ct);
        }
        if (stored is not null)
        {
            await RecordValues.AnnounceAsync(stored, monitoring, ct);
        }
        return response;
    }

    private static async Task<(IndicatorWriteResponse, RecordValues.Done?)> StoreAsync(int unitId, Actor actor, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == unitId, ct);
        var indicator = unit.Level switch
        {
            UnitLevel.Province => ProvinceIndicator,
            UnitLevel.Ministry => MinistryIndicator,
            _ => null,
        };
        if (indicator is null)
        {
            return (new(null, null, null, PortalsText.Texts.Format("NoScoreIndicator", unit.Level.InWords())), null);
        }
        var period = Period.Containing(VietnamCalendar.Today(clock), PeriodType.Quarter);
        var from = Utc(period.Start);
        var to = Utc(period.End.AddDays(1));
        var latest = (await db.PortalEvaluations.AsNoTracking()
                .Where(e => db.Portals.Any(p => p.Id == e.PortalId && p.UnitId == unitId && p.Active) && e.StartedAt >= from && e.StartedAt < to)
                .Select(e => new { e.PortalId, e.StartedAt, e.Score, e.Grade })
                .ToListAsync(ct))
            .GroupBy(e => e.PortalId).Select(g => g.MaxBy(e => e.StartedAt)!).ToList(); // groups are never empty
        if (latest.Count == 0)
        {
            return (new(indicator, period.Code, null, PortalsText.Texts.Format("NoEvaluationInQuarter")), null);
        }
        var value = Math.Round((decimal)latest.Average(e => e.Score), 1, MidpointRounding.AwayFromZero);
        var comment = "Đánh giá tự động: " + string.Join("; ", latest.Select(e =>
            string.Create(CultureInfo.InvariantCulture, $"cổng #{e.PortalId} {e.Score:0.0} điểm, hạng {e.Grade}")));
        var item = new ValueItems.Item("", indicator, unit.Code, period.Code, new ValueWrite(value, null, comment, null));
        var writer = ValueWriter.Derived(actor.Name, FigureOwner.Evaluator, "evaluator");
        return await RecordValues.StoreAsync([item], writer, db, clock, ct) switch
        {
            RecordValues.Done done => (new(indicator, period.Code, value, null), done),
            RecordValues.Invalid invalid => (new(indicator, period.Code, null, string.Join(" ", invalid.Errors.SelectMany(e => e.Value))), null),
            RecordValues.Conflict conflict => (new(indicator, period.Code, null, string.Join(" ", conflict.Errors.SelectMany(e => e.Value))), null),
            RecordValues.Forbidden forbidden => (new(indicator, period.Code, null, forbidden.Message), null),
            var other => throw new InvalidOperationException($"Unexpected outcome {other.GetType().Name}."),
        };
    }

    private static DateTime Utc(DateOnly vietnamDate) =>
        TimeZoneInfo.ConvertTimeToUtc(vietnamDate.ToDateTime(TimeOnly.MinValue), VietnamCalendar.Zone);
}
