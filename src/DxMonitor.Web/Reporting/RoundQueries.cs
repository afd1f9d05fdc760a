using DxMonitor.Data;
using DxMonitor.Domain.Reporting;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Reporting;

/// <summary>Reads of rounds shared by the API and pages: completeness and timeliness per unit.</summary>
public static class RoundQueries
{
    public static async Task<RoundResponse> DescribeAsync(ReportingRound round, DxDbContext db, CancellationToken ct)
    {
        var reports = await db.Reports.AsNoTracking().Where(r => r.RoundId == round.Id).ToListAsync(ct);
        var units = await db.Units.AsNoTracking().Where(u => reports.Select(r => r.UnitId).Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        var codes = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Code, ct);
        var rows = reports.Select(r => new RoundUnit(units[r.UnitId].Code, units[r.UnitId].NameVi, r.State, r.Revision, TimelinessRule.Of(r, round), r.SubmittedAt))
            .OrderBy(r => r.Unit, StringComparer.Ordinal).ToList();
        return new RoundResponse(round.Code, round.TitleVi, round.PeriodCode, round.Level, round.DueOn, [.. round.Indicators.Select(i => codes[i])],
            rows.Count, rows.Count(r => r.Timeliness == Timeliness.OnTime), rows.Count(r => r.Timeliness == Timeliness.Late),
            rows.Count(r => r.Timeliness == Timeliness.NotSubmitted), rows.Count(r => r.State is ReportState.Accepted or ReportState.Published), rows);
    }
}
