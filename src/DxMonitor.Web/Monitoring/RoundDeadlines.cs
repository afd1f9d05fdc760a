using DxMonitor.Data;
using DxMonitor.Domain.Alerts;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Monitoring;

/// <summary>Reads the reports whose round's due date has passed and turns the unsubmitted ones into overdue alerts.</summary>
public static class RoundDeadlines
{
    public static async Task<IReadOnlyList<AlertCandidate>> OverdueAsync(DxDbContext db, DateOnly today, CancellationToken ct)
    {
        var late = await (
                from report in db.Reports.AsNoTracking()
                join round in db.Rounds.AsNoTracking() on report.RoundId equals round.Id
                join unit in db.Units.AsNoTracking() on report.UnitId equals unit.Id
                where round.DueOn < today && (report.State == ReportState.Draft || report.State == ReportState.Returned)
                select new DueReport(unit.Id, unit.Code, unit.NameVi, unit.NameEn, round.Code, round.PeriodCode, round.DueOn, report.State, report.Revision))
            .ToListAsync(ct);
        return [.. OverdueReports.Candidates(late, today)];
    }

    /// <summary>The candidates of a pass, with the rounds' overdue reports when overdue alerts come from rounds.</summary>
    public static async Task<IReadOnlyList<AlertCandidate>> WithOverdueAsync(
        IReadOnlyList<AlertCandidate> candidates, MonitoringOptions options, DxDbContext db, TimeProvider clock, CancellationToken ct) =>
        options.OverdueAlerts && options.OverdueFrom == OverdueSource.Rounds
            ? [.. candidates, .. await OverdueAsync(db, VietnamCalendar.Today(clock), ct)]
            : candidates;
}
