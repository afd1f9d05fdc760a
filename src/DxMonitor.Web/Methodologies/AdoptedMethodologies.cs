using DxMonitor.Data;
using DxMonitor.Domain.DxIndex;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Methodologies;

/// <summary>The indexes' adopted methodologies as the engines rank with them, read from the database.</summary>
public static class AdoptedMethodologies
{
    public static async Task<IReadOnlyList<IndexSchedule>> LoadAsync(DxDbContext db, CancellationToken ct)
    {
        var adopted = await db.IndexMethodologies.AsNoTracking().Where(m => m.Status == MethodologyStatus.Adopted).ToListAsync(ct);
        // In the order the indexes were first defined (the seed's: provinces first), which pages show first.
        return [.. adopted.GroupBy(m => m.Index).OrderBy(g => g.Min(m => m.Id))
            .Select(g => new IndexSchedule(g.Key, [.. g.OrderBy(m => m.Year).Select(m => m.ToAdopted())]))];
    }
}
