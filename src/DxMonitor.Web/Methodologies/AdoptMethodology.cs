using DxMonitor.Data;
using DxMonitor.Domain.DxIndex;
using DxMonitor.Web.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Methodologies;

/// <summary>
/// Makes a version the one its year is ranked with (the year's adopted version before it is superseded), unless a
/// published ranking would change; the engines of every instance rank with it at once, without a restart.
/// </summary>
public static class AdoptMethodology
{
    public static async Task<MethodologyOutcome> AdoptAsync(
        DxDbContext db, ReportChannel engines, string index, int year, int? version, string by, TimeProvider clock, CancellationToken ct)
    {
        if (await MethodologyQueries.FindAsync(db, index, year, version, ct) is not { } methodology)
        {
            return MethodologyOutcome.NotFound;
        }
        if (methodology.Status == MethodologyStatus.Adopted)
        {
            return new(methodology);
        }
        if (await MethodologyQueries.AdoptBlockedAsync(db, methodology, ct) is { } reason)
        {
            return new(null, Refused: reason);
        }
        var errors = await MethodologyChecks.CheckAsync(db, methodology.Definition, ct); // the catalogue may have changed since it was saved
        if (errors.Count > 0)
        {
            return new(null, errors);
        }
        foreach (var adopted in await db.IndexMethodologies.Where(m => m.Index == index && m.Year == year && m.Status == MethodologyStatus.Adopted).ToListAsync(ct))
        {
            adopted.Supersede();
        }
        methodology.Adopt(by, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        await engines.PostAsync(ValuesChanged.MethodologiesChanged, CancellationToken.None);
        return new(methodology);
    }
}
