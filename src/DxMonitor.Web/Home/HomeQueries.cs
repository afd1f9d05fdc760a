using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Home;

public static class HomeQueries
{
    private static readonly System.Globalization.CultureInfo Vietnamese = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");
    private static readonly System.Globalization.CultureInfo English = System.Globalization.CultureInfo.GetCultureInfo("en-US");

    public static async Task<HomeSummary> SummaryAsync(DataView view, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var today = VietnamCalendar.Today(clock);
        var units = await db.Units.AsNoTracking().Where(u => u.Level == UnitLevel.Province || u.Level == UnitLevel.Ministry).ToListAsync(ct);
        var nation = await db.Units.AsNoTracking().SingleAsync(u => u.Level == UnitLevel.Nation, ct);
        var values = await Values.ValueQueries.Visible(db, view).Where(v => v.UnitId == nation.Id).ToListAsync(ct);
        var indicators = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Id, ct);
        var sources = await db.Sources.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Code, ct);
        var figures = values
            .GroupBy(v => v.IndicatorId)
            .Select(g => g.OrderByDescending(v => v.PeriodStart).First())
            .Select(v => (Value: v, Indicator: indicators[v.IndicatorId]))
            .OrderBy(x => x.Indicator.Code, StringComparer.Ordinal)
            .Select(x => (x.Value, x.Indicator, Seen: Values.ValueQueries.Seen(x.Value, view)))
            .Select(x => new NationalFigure(x.Indicator.Code, x.Indicator.NameVi, x.Indicator.NameEn, x.Value.PeriodCode, x.Seen.Value,
                x.Seen.Denominator, Dashboards.CountedUnits.MeasureOfRollup(x.Indicator, Vietnamese), Dashboards.CountedUnits.MeasureOfRollup(x.Indicator, English),
                x.Value.SourceId is { } s ? sources.GetValueOrDefault(s) : null))
            .ToList();
        return new HomeSummary(
            units.Count(u => u.Level == UnitLevel.Province && u.IsValidOn(today)),
            units.Count(u => u.Level == UnitLevel.Ministry && u.IsValidOn(today)),
            indicators.Count,
            await db.Targets.CountAsync(ct),
            figures);
    }
}
