using DxMonitor.Data;
using DxMonitor.Domain;
using DxMonitor.Web.Resources;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Units;

/// <summary>Reads of unit groups shared by the API, the pages and the filters (<c>group=</c>) of other lists.</summary>
public static class UnitGroupQueries
{
    public static async Task<List<UnitGroupResponse>> AllAsync(DxDbContext db, CancellationToken ct)
    {
        var groups = await db.UnitGroups.AsNoTracking().Include(g => g.Members).OrderBy(g => g.Code).ToListAsync(ct);
        var codes = await db.Units.AsNoTracking().Where(u => db.UnitGroups.Any(g => g.Members.Any(m => m.UnitId == u.Id)))
            .ToDictionaryAsync(u => u.Id, u => u.Code, ct);
        return [.. groups.Select(g => new UnitGroupResponse(g.Code, g.NameVi, g.NameEn, g.DescriptionVi, g.DescriptionEn,
            [.. g.Members.Select(m => codes[m.UnitId]).Order(StringComparer.Ordinal)]))];
    }

    /// <summary>The ids of a group's members, for a <c>group=</c> filter; null when no group is asked for; an unknown code names <paramref name="field"/>.</summary>
    public static async Task<HashSet<int>?> MemberIdsAsync(string? code, DxDbContext db, CancellationToken ct, string field = "group")
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }
        var group = await db.UnitGroups.AsNoTracking().Include(g => g.Members).SingleOrDefaultAsync(g => g.Code == code.Trim(), ct)
            ?? throw new RuleViolationException(UnitsText.Texts.Format("GroupNotFound", code), field);
        return [.. group.Members.Select(m => m.UnitId)];
    }
}
