using DxMonitor.Data;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Reporting;

/// <summary>A unit's report form: each indicator with its definition, unit of measure, last period's value and target.</summary>
public static class ReportForms
{
    public static async Task<ReportForm> BuildAsync(ReportContext context, DxDbContext db, CancellationToken ct)
    {
        var (round, report, units) = context;
        var ids = round.Indicators;
        var indicators = await db.Indicators.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, ct);
        var entries = await db.ReportEntries.AsNoTracking().Where(e => e.ReportId == report.Id).ToDictionaryAsync(e => e.IndicatorId, ct);
        var last = await LastPeriodValuesAsync(context, db, ct);
        var scope = units.ById[report.UnitId].Level;
        var targets = (await db.Targets.AsNoTracking().Where(t => ids.Contains(t.IndicatorId) && t.Scope == scope).ToListAsync(ct))
            .GroupBy(t => t.IndicatorId).ToDictionary(g => g.Key, g => g.OrderBy(t => t.Deadline).Last());
        var lines = ids.Select(id =>
        {
            var i = indicators[id];
            var entry = entries.GetValueOrDefault(id);
            var target = targets.GetValueOrDefault(id);
            return new FormLine(i.Code, i.NameVi, i.DefinitionVi, i.UnitOfMeasureVi, entry?.Value, entry?.Denominator, entry?.Comment,
                last.TryGetValue(id, out var v) ? v : null, target?.Value, target?.Deadline,
                i.Minimum ?? (i.ValueType is IndicatorValueType.Percentage or IndicatorValueType.YesNo or IndicatorValueType.UnitCount ? 0 : null),
                i.Maximum ?? i.ValueType switch { IndicatorValueType.Percentage => 100, IndicatorValueType.YesNo => 1, _ => null });
        }).ToList();
        var unit = units.ById[report.UnitId];
        return new ReportForm(round.Code, round.PeriodCode, unit.Code, unit.NameVi, report.State, report.Revision, report.ReviewComment,
            report.CorrectionReason, round.DueOn, lines);
    }

    /// <summary>The unit's stored values for the period before the round's, by indicator id: shown beside the form, and the base of the jump check.</summary>
    public static async Task<Dictionary<int, decimal>> LastPeriodValuesAsync(ReportContext context, DxDbContext db, CancellationToken ct)
    {
        var ids = context.Round.Indicators;
        var previous = Period.Parse(context.Round.PeriodCode).Previous().Code;
        return await db.DataValues.AsNoTracking()
            .Where(v => v.UnitId == context.Report.UnitId && v.PeriodCode == previous && ids.Contains(v.IndicatorId))
            .ToDictionaryAsync(v => v.IndicatorId, v => v.Value, ct);
    }

    public static UnitLevel LevelOf(ReportContext context) => context.Units.ById[context.Report.UnitId].Level;
}
