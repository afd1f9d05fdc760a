using DxMonitor.Data;
using DxMonitor.Domain.Reporting;
using DxMonitor.Web.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Reporting;

/// <summary>
/// The figures of reports under review: a submitted report's values enter the working view (staff and alerts see them
/// in the roll-ups while an analyst reviews), leave it when the report is returned, and become stored values when it is
/// accepted. The public view never holds them.
/// </summary>
public static class SubmittedEntries
{
    public sealed record Row(int IndicatorId, int UnitId, string PeriodCode, decimal? Value, decimal? Denominator);

    /// <summary>Every filled entry of every report now under review.</summary>
    public static IQueryable<Row> Query(DxDbContext db) =>
        from entry in db.ReportEntries
        join report in db.Reports on entry.ReportId equals report.Id
        join round in db.Rounds on report.RoundId equals round.Id
        where report.State == ReportState.Submitted && entry.Value != null
        select new Row(entry.IndicatorId, report.UnitId, round.PeriodCode, entry.Value, entry.Denominator);

    /// <summary>The filled entries under review of the given units, indicators and periods (a superset of the cells wanted).</summary>
    public static Task<List<Row>> OfAsync(DxDbContext db, IReadOnlyCollection<int> units, IReadOnlyCollection<int> indicators,
        IReadOnlyCollection<string> periods, CancellationToken ct) => (
            from entry in db.ReportEntries
            join report in db.Reports on entry.ReportId equals report.Id
            join round in db.Rounds on report.RoundId equals round.Id
            where report.State == ReportState.Submitted && entry.Value != null
                  && units.Contains(report.UnitId) && indicators.Contains(entry.IndicatorId) && periods.Contains(round.PeriodCode)
            select new Row(entry.IndicatorId, report.UnitId, round.PeriodCode, entry.Value, entry.Denominator))
        .ToListAsync(ct);

    /// <summary>A report's figures as the working view should now show them: its entries while under review, else the stored values (or none).</summary>
    public static async Task<ValuesChanged> WorkingFiguresAsync(ReportContext context, DxDbContext db, CancellationToken ct)
    {
        var (round, report, _) = context;
        var entries = await db.ReportEntries.AsNoTracking().Where(e => e.ReportId == report.Id && e.Value != null).ToListAsync(ct);
        if (report.State == ReportState.Submitted)
        {
            return new(report.UnitId, [.. entries.Select(e => new ChangedValue(e.IndicatorId, round.PeriodCode, e.Value, e.Denominator))]);
        }
        var ids = entries.Select(e => e.IndicatorId).ToList();
        var stored = await db.DataValues.AsNoTracking()
            .Where(v => v.UnitId == report.UnitId && v.PeriodCode == round.PeriodCode && ids.Contains(v.IndicatorId))
            .ToDictionaryAsync(v => v.IndicatorId, ct);
        return new(report.UnitId, [.. ids.Select(id => stored.TryGetValue(id, out var v)
            ? new ChangedValue(id, round.PeriodCode, v.Value, v.Denominator)
            : new ChangedValue(id, round.PeriodCode, null, null))]);
    }
}
