using DxMonitor.Bench.Databases;
using DxMonitor.Bench.Generation;

namespace DxMonitor.Bench.Pages;

/// <summary>
/// A SQLite product database holding the engine harness's data set (bench/README.md: 3,378 units, 150
/// indicators, 20 quarters at scale 1), generated with the same seed and loaded with its prepared INSERT.
/// </summary>
public static class BenchDatabase
{
    public static async Task<(ProductDatabase Database, string Describe)> CreateAsync(double scale, int seed, CancellationToken ct)
    {
        var sqlite = await ProductDatabase.CreateSqliteAsync(ct);
        SeededUnits seeded;
        await using (var db = sqlite.CreateContext())
        {
            seeded = await CatalogWriter.ReadSeededAsync(db, ct);
        }
        var shape = DataSetShape.For(scale);
        var random = new Random(seed);
        var catalog = BenchCatalog.Build(shape, seeded, random);
        var data = ValueGenerator.Generate(catalog, random);
        DatabaseIds ids;
        await using (var db = sqlite.CreateContext())
        {
            ids = await CatalogWriter.AddAsync(db, catalog, ct);
        }
        var rows = SqliteInsertLoader.Load(sqlite.ConnectionString, data, ids, shape.Quarters, TimeProvider.System.GetUtcNow().UtcDateTime);
        return (sqlite, FormattableString.Invariant(
            $"scale {scale}, seed {seed}: {data.Units.Count:N0} units, {data.Indicators.Count} indicators, {data.Periods.Count} quarters, {rows:N0} values in SQLite"));
    }
}
