using System.Globalization;
using DxMonitor.Domain.Units;

namespace DxMonitor.Bench.Generation;

/// <summary>
/// The units and indicators of the data set, in unit-index order: the nation, the current provinces, the
/// ministries (the current ones, plus generated ones up to 22), then the generated communes province by province.
/// </summary>
public sealed class BenchCatalog
{
    private BenchCatalog(DataSetShape shape, IReadOnlyList<CatalogUnit> units)
    {
        Shape = shape;
        Units = units;
    }

    public DataSetShape Shape { get; }
    public IReadOnlyList<CatalogUnit> Units { get; }

    public int IndicatorCount => Shape.Indicators;

    public static BenchCatalog Build(DataSetShape shape, SeededUnits seeded, Random random)
    {
        var units = new List<CatalogUnit> { new(seeded.Nation, UnitLevel.Nation, -1, "", "", false) };
        units.AddRange(seeded.Provinces.Select(code => new CatalogUnit(code, UnitLevel.Province, 0, "", "", false)));
        units.AddRange(seeded.Ministries.Select(code => new CatalogUnit(code, UnitLevel.Ministry, 0, "", "", false)));
        for (var extra = 1; extra <= DataSetShape.MinistriesReporting - seeded.Ministries.Count; extra++)
        {
            units.Add(new CatalogUnit(
                string.Create(CultureInfo.InvariantCulture, $"M-BENCH{extra:00}"), UnitLevel.Ministry, 0,
                $"Cơ quan thử nghiệm số {extra}", $"Benchmark agency {extra}", true));
        }
        var provinces = seeded.Provinces.Count;
        for (var p = 0; p < provinces; p++)
        {
            var count = shape.Communes / provinces + (p < shape.Communes % provinces ? 1 : 0);
            var names = VietnameseNames.Communes(random, count);
            for (var n = 0; n < count; n++)
            {
                var code = string.Create(CultureInfo.InvariantCulture, $"C-{seeded.Provinces[p]}-{n + 1:0000}");
                units.Add(new CatalogUnit(code, UnitLevel.Commune, 1 + p, names[n].Vi, names[n].En, true));
            }
        }
        return new BenchCatalog(shape, units);
    }

    public BenchUnits ToBenchUnits() => new(
        [.. Units.Select(u => u.Code)], [.. Units.Select(u => u.Level)], [.. Units.Select(u => u.Parent)]);

    public BenchIndicators ToBenchIndicators()
    {
        var indices = Enumerable.Range(0, IndicatorCount).ToArray();
        return new BenchIndicators(
            [.. indices.Select(IndicatorPlan.Code)],
            [.. indices.Select(IndicatorPlan.Rule)],
            [.. indices.Select(IndicatorPlan.Weight)],
            [.. indices.Select(i => IndicatorPlan.CountCondition(i) is { } c ? (double)c.Value : double.NaN)],
            [.. indices.Select(i => IndicatorPlan.Level(i, IndicatorCount))]);
    }
}
