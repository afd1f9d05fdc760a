using DxMonitor.Bench.Generation;
using DxMonitor.Data;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Bench.Databases;

/// <summary>Reads the seeded units the data set builds on, and adds the generated units and indicators through EF Core.</summary>
public static class CatalogWriter
{
    public static async Task<SeededUnits> ReadSeededAsync(DxDbContext db, CancellationToken ct)
    {
        var current = await db.Units.AsNoTracking()
            .Where(u => u.ValidTo == null)
            .Select(u => new { u.Code, u.Level })
            .ToListAsync(ct);
        string[] Codes(UnitLevel level) => [.. current.Where(u => u.Level == level).Select(u => u.Code).Order(StringComparer.Ordinal)];
        return new SeededUnits(Codes(UnitLevel.Nation).Single(), Codes(UnitLevel.Province), Codes(UnitLevel.Ministry));
    }

    /// <summary>Adds the generated units and indicators; returns the database ids by unit index and by indicator index.</summary>
    public static async Task<DatabaseIds> AddAsync(DxDbContext db, BenchCatalog catalog, CancellationToken ct)
    {
        var ids = await db.Units.Where(u => u.ValidTo == null).ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.Ordinal, ct);
        // Parents come before their children in the catalog; save each level so that the parents' ids exist.
        foreach (var level in catalog.Units.Where(u => u.IsGenerated).GroupBy(u => u.Level).OrderBy(g => g.Key))
        {
            var added = level.Select(u => new OrgUnit
            {
                Code = u.Code,
                Level = u.Level,
                NameVi = u.NameVi,
                NameEn = u.NameEn,
                ParentId = ids[catalog.Units[u.Parent].Code],
            }).ToList();
            db.Units.AddRange(added);
            await db.SaveChangesAsync(ct);
            added.ForEach(u => ids[u.Code] = u.Id);
        }

        var indicators = Enumerable.Range(0, catalog.IndicatorCount)
            .Select(i => IndicatorPlan.ToEntity(i, catalog.IndicatorCount))
            .ToList();
        db.Indicators.AddRange(indicators);
        await db.SaveChangesAsync(ct);
        for (var i = 0; i < indicators.Count; i++)
        {
            if (IndicatorPlan.Weight(i) is var weight and >= 0)
            {
                indicators[i].WeightIndicatorId = indicators[weight].Id;
            }
        }
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return new DatabaseIds([.. catalog.Units.Select(u => ids[u.Code])], [.. indicators.Select(i => i.Id)]);
    }
}
