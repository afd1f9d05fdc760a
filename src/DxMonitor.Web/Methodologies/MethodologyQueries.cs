using DxMonitor.Data;
using DxMonitor.Domain.DxIndex;
using DxMonitor.Web.Resources;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Methodologies;

/// <summary>Reads of the stored methodologies shared by the API and the page, and the rules that freeze them.</summary>
public static class MethodologyQueries
{
    public static Task<List<MethodologySummary>> ListAsync(DxDbContext db, string index, CancellationToken ct) =>
        db.IndexMethodologies.AsNoTracking().Where(m => m.Index == index).OrderByDescending(m => m.Year).ThenByDescending(m => m.Version)
            .Select(m => new MethodologySummary(m.Index, m.Year, m.Version, m.Status, m.Hash, m.Definition.NameVi, m.Definition.NameEn, m.UpdatedAt))
            .ToListAsync(ct);

    public static Task<List<string>> IndexesAsync(DxDbContext db, CancellationToken ct) =>
        db.IndexMethodologies.AsNoTracking().Select(m => m.Index).Distinct().OrderBy(i => i).ToListAsync(ct);

    /// <summary>A version of a year's methodology, by default its newest.</summary>
    public static Task<IndexMethodology?> FindAsync(DxDbContext db, string index, int year, int? version, CancellationToken ct) =>
        db.IndexMethodologies.Where(m => m.Index == index && m.Year == year && (version == null || m.Version == version))
            .OrderByDescending(m => m.Version).FirstOrDefaultAsync(ct);

    public static async Task<MethodologyResponse?> GetAsync(DxDbContext db, string index, int year, int? version, CancellationToken ct) =>
        await FindAsync(db, index, year, version, ct) is { } m ? MethodologyResponse.From(m, await EditBlockedAsync(db, m, ct)) : null;

    /// <summary>Why a version can no longer be edited: superseded, or adopted and used by a published ranking; null when it can.</summary>
    public static async Task<string?> EditBlockedAsync(DxDbContext db, IndexMethodology m, CancellationToken ct)
    {
        if (m.Status == MethodologyStatus.Superseded)
        {
            return MethodologyText.Texts.Format("SupersededFrozen", m.Version, m.Index, m.Year);
        }
        if (m.Status == MethodologyStatus.Draft)
        {
            return null;
        }
        return await GovernedPublicationAsync(db, m.Index, m.Year, ct) is { } published
            ? MethodologyText.Texts.Format("FrozenByPublication", m.Version, m.Index, m.Year, published)
            : null;
    }

    /// <summary>Why adopting a version would change a published ranking (a year it would rank is published); null when it would not.</summary>
    public static async Task<string?> AdoptBlockedAsync(DxDbContext db, IndexMethodology m, CancellationToken ct) =>
        await GovernedPublicationAsync(db, m.Index, m.Year, ct) is { } published
            ? MethodologyText.Texts.Format("AdoptWouldChangePublished", m.Index, published, m.Version, m.Year)
            : null;

    /// <summary>
    /// A published ranking of a year that the methodology adopted for <paramref name="year"/> ranks: that year and the
    /// following ones up to the next year with an adopted methodology of its own.
    /// </summary>
    private static async Task<int?> GovernedPublicationAsync(DxDbContext db, string index, int year, CancellationToken ct)
    {
        var next = await db.IndexMethodologies.Where(m => m.Index == index && m.Status == MethodologyStatus.Adopted && m.Year > year)
            .MinAsync(m => (int?)m.Year, ct);
        return await db.RankingPublications.Where(p => p.Index == index && p.Year >= year && (next == null || p.Year < next))
            .OrderBy(p => p.Year).Select(p => (int?)p.Year).FirstOrDefaultAsync(ct);
    }
}
