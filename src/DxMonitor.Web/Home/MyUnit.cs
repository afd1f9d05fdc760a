using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Alerts;
using DxMonitor.Domain.Reporting;
using DxMonitor.Web.Alerts;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Home;

/// <summary>What a unit's officer or leader sees first: their unit, its open alerts, and its reports still to send.</summary>
public sealed record MyUnit(string Code, string NameVi, string NameEn, int OpenAlerts, IReadOnlyList<ReportDue> ReportsDue)
{
    /// <summary>The most reports listed; the reporting page has the rest.</summary>
    public const int ListedReports = 5;

    /// <summary>The reader's own unit, or null for national staff, leaders of the nation and the public.</summary>
    public static async Task<MyUnit?> LoadAsync(Actor reader, DxDbContext db, CancellationToken ct)
    {
        if (reader.ReadsEveryUnit || reader.UnitId is not { } id || reader.Role is not (Role.UnitOfficer or Role.Leader))
        {
            return null;
        }
        var unit = await db.Units.AsNoTracking().SingleAsync(u => u.Id == id, ct);
        var alerts = await AlertQueries.InboxAsync(db, reader, unit.Code, null, null, null, ct);
        var rounds = await db.Rounds.AsNoTracking().Where(r => r.Level == unit.Level).ToListAsync(ct);
        var reports = await db.Reports.AsNoTracking().Where(r => r.UnitId == id).ToDictionaryAsync(r => r.RoundId, ct);
        var due = rounds
            .Select(r => (Round: r, State: reports.TryGetValue(r.Id, out var report) ? report.State : ReportState.Draft))
            .Where(x => x.State is ReportState.Draft or ReportState.Returned)
            .OrderBy(x => x.Round.DueOn).ThenBy(x => x.Round.Code, StringComparer.Ordinal)
            .Take(ListedReports)
            .Select(x => new ReportDue(x.Round.Code, x.Round.TitleVi, x.Round.DueOn, x.State))
            .ToList();
        return new MyUnit(unit.Code, unit.NameVi, unit.NameEn, alerts.Count(a => a.State != AlertState.Resolved), due);
    }
}

/// <summary>A report of the reader's unit not yet sent (a draft, or returned for correction), with its round's deadline.</summary>
public sealed record ReportDue(string Round, string TitleVi, DateOnly DueOn, ReportState State);
