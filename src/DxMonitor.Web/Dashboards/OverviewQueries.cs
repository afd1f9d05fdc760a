using DxMonitor.Data;
using DxMonitor.Domain.Alerts;
using DxMonitor.Domain.Reporting;
using DxMonitor.Web.Projects;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Dashboards;

/// <summary>Open alerts by severity (a count of each).</summary>
public sealed record AlertCounts(int Critical, int Warning, int Info);

/// <summary>How far the latest reporting round has come: reports submitted (or further) and accepted out of all.</summary>
public sealed record RoundProgress(string Round, string TitleVi, string Period, DateOnly DueOn, int Units, int Submitted, int Accepted);

/// <summary>An open alert as the unit page lists it.</summary>
public sealed record UnitAlert(AlertSeverity Severity, string SummaryVi, string SummaryEn);

/// <summary>The overview's reads that are not in the engine: the alert inbox and the reporting rounds.</summary>
public static class OverviewQueries
{
    public static async Task<AlertCounts> OpenAlertsAsync(DxDbContext db, CancellationToken ct)
    {
        var counts = await db.Alerts.AsNoTracking().Where(a => a.State != AlertState.Resolved)
            .GroupBy(a => a.Severity).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Of(AlertSeverity severity) => counts.FirstOrDefault(c => c.Key == severity)?.Count ?? 0;
        return new AlertCounts(Of(AlertSeverity.Critical), Of(AlertSeverity.Warning), Of(AlertSeverity.Info));
    }

    /// <summary>The most severe and newest open alerts of the given units (all units when null), and how many are open.</summary>
    /// <param name="projectUnits">Units whose project alerts the reader may see (null: all; <see cref="ProjectAccess"/>).</param>
    public static async Task<(int Open, List<UnitAlert> Latest)> OpenAlertsOfAsync(
        DxDbContext db, IReadOnlyCollection<int>? unitIds, HashSet<int>? projectUnits, int take, CancellationToken ct)
    {
        var open = db.Alerts.AsNoTracking().Where(a => a.State != AlertState.Resolved).VisibleTo(projectUnits);
        if (unitIds is not null)
        {
            open = open.Where(a => unitIds.Contains(a.UnitId));
        }
        var latest = await open.OrderByDescending(a => a.Severity).ThenByDescending(a => a.Id).Take(take)
            .Select(a => new UnitAlert(a.Severity, a.SummaryVi, a.SummaryEn)).ToListAsync(ct);
        return (latest.Count < take ? latest.Count : await open.CountAsync(ct), latest);
    }

    /// <summary>The most recently opened round, or null when none was opened.</summary>
    public static async Task<RoundProgress?> CurrentRoundAsync(DxDbContext db, CancellationToken ct)
    {
        var round = await db.Rounds.AsNoTracking().OrderByDescending(r => r.OpenedAt).ThenByDescending(r => r.Id).FirstOrDefaultAsync(ct);
        if (round is null)
        {
            return null;
        }
        var states = await db.Reports.AsNoTracking().Where(r => r.RoundId == round.Id)
            .GroupBy(r => r.State).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        return new RoundProgress(round.Code, round.TitleVi, round.PeriodCode, round.DueOn, states.Sum(s => s.Count),
            states.Where(s => s.Key is ReportState.Submitted or ReportState.Accepted or ReportState.Published).Sum(s => s.Count),
            states.Where(s => s.Key is ReportState.Accepted or ReportState.Published).Sum(s => s.Count));
    }
}
