using DxMonitor.Data;
using DxMonitor.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Rankings;

/// <summary>
/// Which rankings an analyst has published, as the reader's view sees them: the public sees only published ones;
/// staff see every one, an unpublished or partial one marked provisional.
/// </summary>
public sealed record PublishedRankings(IReadOnlySet<(string Index, int Year)> Published, DataView View)
{
    public static async Task<PublishedRankings> LoadAsync(DxDbContext db, DataView view, CancellationToken ct)
    {
        var published = await db.RankingPublications.AsNoTracking().Select(p => new { p.Index, p.Year }).ToListAsync(ct);
        return new(published.Select(p => (p.Index, p.Year)).ToHashSet(), view);
    }

    public bool IsPublished(string index, int year) => Published.Contains((index, year));

    /// <summary>Whether the reader may not see the ranking at all: a public reader and an unpublished ranking.</summary>
    public bool Hides(string index, int year) => View == DataView.Published && !IsPublished(index, year);

    public bool IsPublic => View == DataView.Published;
}
