using DxMonitor.Data;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Values;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Reporting;

/// <summary>Publishing an accepted report makes its values, as accepted, what the public sees.</summary>
public static class PublishReport
{
    public static async Task HandleAsync(ReportContext context, DxDbContext db, TimeProvider clock, ReportChannel monitoring, CancellationToken ct)
    {
        var (round, report, _) = context;
        report.Publish();
        var indicatorIds = await db.ReportEntries.AsNoTracking()
            .Where(e => e.ReportId == report.Id && e.Value != null).Select(e => e.IndicatorId).ToListAsync(ct);
        await PublishValues.ExecuteAsync(report.UnitId, round.PeriodCode, indicatorIds, db, clock, monitoring, ct);
    }
}
