using DxMonitor.Data;
using DxMonitor.Domain.Registries;
using DxMonitor.Domain.Text;
using DxMonitor.Web.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Registries;

/// <summary>Reads of registries shared by the API and the pages. Registries are shared lists: every signed-in user reads them.</summary>
public static class RegistryQueries
{
    public static async Task<List<RegistryResponse>> RegistriesAsync(DxDbContext db, CancellationToken ct)
    {
        var counts = await db.RegistryEntries.AsNoTracking().GroupBy(e => e.Registry).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return [.. RegistryCatalogue.All.Select(r => Describe(r, counts.GetValueOrDefault(r.Key)))];
    }

    public static RegistryResponse Describe(RegistryDefinition r, int entries) => new(
        r.Key, r.NameVi, r.NameEn, r.NameField.LabelVi, [.. r.Levels.Select(l => l.ToString())],
        [.. r.Fields.Select(f => new RegistryFieldResponse(f.Key, f.LabelVi, f.LabelEn, f.Kind, f.Required, f.Choices))], r.Indicators, entries);

    /// <summary>A registry's entries, optionally of one unit and matching words of the name (diacritics and case ignored).</summary>
    public static async Task<List<RegistryEntryResponse>> EntriesAsync(
        RegistryDefinition registry, int? unitId, string? search, UnitDirectory units, DxDbContext db, CancellationToken ct)
    {
        var query = db.RegistryEntries.AsNoTracking().Where(e => e.Registry == registry.Key);
        if (unitId is { } u)
        {
            query = query.Where(e => e.UnitId == u);
        }
        var folded = SearchText.Fold(search);
        if (folded.Length > 0)
        {
            query = query.Where(e => e.NameFolded.Contains(folded));
        }
        var entries = await query.ToListAsync(ct);
        return [.. entries
            .OrderBy(e => units.ById[e.UnitId].Code, StringComparer.Ordinal)
            .ThenBy(e => e.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), ignoreCase: true))
            .Select(e => ToResponse(e, units))];
    }

    public static RegistryEntryResponse ToResponse(RegistryEntry e, UnitDirectory units) =>
        new(e.Id, e.Registry, units.ById[e.UnitId].Code, units.ById[e.UnitId].NameVi, e.Name, e.Fields, e.UpdatedAt);
}
