using DxMonitor.Domain.Units;

namespace DxMonitor.Bench.Generation;

/// <summary>A unit of the data set: seeded with the reference data, or generated (a commune, an extra ministry).</summary>
public sealed record CatalogUnit(string Code, UnitLevel Level, int Parent, string NameVi, string NameEn, bool IsGenerated);
