using System.Globalization;
using DxMonitor.Data;
using DxMonitor.Domain;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Resources;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Units;

/// <summary>
/// All units and succession links, loaded together. The unit table is small (tens of thousands of rows at
/// most), and hierarchy, lineage and ancestry questions all need the whole of it.
/// </summary>
public sealed class UnitDirectory
{

    private UnitDirectory(List<OrgUnit> units, List<UnitSuccession> successions)
    {
        All = units;
        Successions = successions;
        ById = units.ToDictionary(u => u.Id);
        ByCode = units.ToDictionary(u => u.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<OrgUnit> All { get; }
    public IReadOnlyList<UnitSuccession> Successions { get; }
    public IReadOnlyDictionary<int, OrgUnit> ById { get; }
    public IReadOnlyDictionary<string, OrgUnit> ByCode { get; }

    public static async Task<UnitDirectory> LoadAsync(DxDbContext db, CancellationToken ct) =>
        new(await db.Units.AsNoTracking().ToListAsync(ct), await db.UnitSuccessions.AsNoTracking().ToListAsync(ct));

    /// <summary>The unit with this code; an unknown code is a rule violation naming <paramref name="field"/>.</summary>
    public OrgUnit Require(string code, string field) =>
        ByCode.GetValueOrDefault(code) ?? throw new RuleViolationException(ApiText.Texts.Format("UnitNotFound", code), field);

    /// <summary>The unit and every unit below it, whenever valid: the units whose alerts and audit a unit's inbox holds.</summary>
    public HashSet<int> SubtreeIds(OrgUnit root) =>
        [.. All.Where(u => u.Id == root.Id || AncestorIds(u).Contains(root.Id)).Select(u => u.Id)];

    public string? CodeOf(int? id) => id is { } value && ById.TryGetValue(value, out var unit) ? unit.Code : null;

    public IEnumerable<int> AncestorIds(OrgUnit unit)
    {
        var seen = 0;
        for (var parent = unit.ParentId; parent is { } id && seen++ < 16; parent = ById.GetValueOrDefault(id)?.ParentId)
        {
            yield return id;
        }
    }

    public Lineage Lineage() => new(All, Successions);

    public static IOrderedEnumerable<OrgUnit> InDisplayOrder(IEnumerable<OrgUnit> units) =>
        units.OrderBy(u => u.Level).ThenBy(u => u.AdminCode ?? "~", StringComparer.Ordinal).ThenBy(u => u.NameVi, Domain.Text.VietnameseOrder.Comparer);
}
