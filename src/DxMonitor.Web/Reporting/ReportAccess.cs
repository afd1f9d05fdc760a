using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Reporting;
using DxMonitor.Web.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Reporting;

/// <summary>A report found for an actor who may see it; another unit's report is not found at all.</summary>
public sealed record ReportContext(ReportingRound Round, Report Report, UnitDirectory Units);

public static class ReportAccess
{
    public static async Task<ReportContext?> FindAsync(string round, string unit, Actor actor, DxDbContext db, CancellationToken ct)
    {
        var r = await db.Rounds.AsNoTracking().SingleOrDefaultAsync(x => x.Code == round, ct);
        var units = await UnitDirectory.LoadAsync(db, ct);
        if (r is null || !units.ByCode.TryGetValue(unit, out var u) || !actor.CanWriteFor(u.Id, units.AncestorIds(u)))
        {
            return null;
        }
        var report = await db.Reports.SingleOrDefaultAsync(x => x.RoundId == r.Id && x.UnitId == u.Id, ct);
        return report is null ? null : new ReportContext(r, report, units);
    }
}
