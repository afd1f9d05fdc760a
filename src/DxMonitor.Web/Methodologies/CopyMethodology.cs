using DxMonitor.Data;
using DxMonitor.Domain.DxIndex;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Methodologies;

/// <summary>
/// Starts a year's methodology as a draft copy of another version, by default the one in force the year before (its
/// adopted version; without one, the newest version of the latest earlier year). The copy is the year's next version.
/// </summary>
public static class CopyMethodology
{
    public static async Task<MethodologyOutcome> CopyAsync(
        DxDbContext db, string index, int year, CopyMethodologyRequest request, string by, TimeProvider clock, CancellationToken ct)
    {
        var source = request.FromYear is { } fromYear
            ? await MethodologyQueries.FindAsync(db, index, fromYear, request.FromVersion, ct)
            : await InForceBeforeAsync(db, index, year, ct);
        if (source is null)
        {
            return MethodologyOutcome.NotFound;
        }
        var version = 1 + (await db.IndexMethodologies.Where(m => m.Index == index && m.Year == year).MaxAsync(m => (int?)m.Version, ct) ?? 0);
        var copy = IndexMethodology.Create(source.Definition, year, version, by, clock.GetUtcNow().UtcDateTime,
            $"← {source.Year} v{source.Version}. {source.Source}".Trim());
        db.IndexMethodologies.Add(copy);
        await db.SaveChangesAsync(ct);
        return new(copy);
    }

    private static async Task<IndexMethodology?> InForceBeforeAsync(DxDbContext db, string index, int year, CancellationToken ct) =>
        await db.IndexMethodologies.AsNoTracking().Where(m => m.Index == index && m.Year < year && m.Status == MethodologyStatus.Adopted)
            .OrderByDescending(m => m.Year).FirstOrDefaultAsync(ct)
        ?? await db.IndexMethodologies.AsNoTracking().Where(m => m.Index == index && m.Year < year)
            .OrderByDescending(m => m.Year).ThenByDescending(m => m.Version).FirstOrDefaultAsync(ct);
}
