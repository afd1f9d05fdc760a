using System.Globalization;
using DxMonitor.Bench.Baselines;
using DxMonitor.Bench.Databases;
using DxMonitor.Bench.Engines;
using DxMonitor.Bench.Generation;
using DxMonitor.Bench.Results;
using DxMonitor.Domain.Units;
using static DxMonitor.Bench.Results.ResultTable;

namespace DxMonitor.Bench;

/// <summary>
/// One run of the harness: fresh databases, the generated data set, the loaders, the baselines, then every
/// engine under test. Returns the results table as Markdown (also printed).
/// </summary>
public static class BenchRun
{
    public static async Task<string> ExecuteAsync(BenchOptions options)
    {
        var ct = CancellationToken.None;
        var table = new ResultTable();
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        table.Context($"Machine: {MachineInfo.Describe()}");
        Console.WriteLine($"Machine: {MachineInfo.Describe()}");

        await using var postgres = await ProductDatabase.CreatePostgresAsync(options.Postgres, ct);
        await using var sqlite = await ProductDatabase.CreateSqliteAsync(ct);
        SeededUnits seeded;
        await using (var db = postgres.CreateContext())
        {
            seeded = await CatalogWriter.ReadSeededAsync(db, ct);
        }
        var shape = DataSetShape.For(options.Scale);
        var random = new Random(options.Seed);
        var catalog = BenchCatalog.Build(shape, seeded, random);
        var (generated, data) = Timing.Once(() => ValueGenerator.Generate(catalog, random));
        Describe(table, options, catalog, data, await PostgresRollup.ServerVersionAsync(postgres.ConnectionString), now);
        table.Add("generate the data set (seeded Random)", Seconds(generated), "s");

        Console.WriteLine("Loaders");
        DatabaseIds postgresIds, sqliteIds;
        await using (var db = postgres.CreateContext())
        {
            postgresIds = await CatalogWriter.AddAsync(db, catalog, ct);
        }
        await using (var db = sqlite.CreateContext())
        {
            sqliteIds = await CatalogWriter.AddAsync(db, catalog, ct);
        }
        var (copyTime, copied) = Timing.Once(() => PostgresCopyLoader.Load(postgres.ConnectionString, data, postgresIds, shape.Quarters, now));
        table.Add("PostgreSQL: binary COPY into data_values (product schema: 4 indexes, 3 foreign keys)", Seconds(copyTime), "s");
        table.Add("PostgreSQL: binary COPY rate", Rate((long)copied, copyTime), "rows/s");
        await ProductDatabase.ExecuteAsync(postgres.ConnectionString, "VACUUM ANALYZE", ct);
        var (insertTime, inserted) = Timing.Once(() => SqliteInsertLoader.Load(sqlite.ConnectionString, data, sqliteIds, shape.Quarters, now));
        table.Add("SQLite: prepared INSERT in one transaction (same schema)", Seconds(insertTime), "s");
        table.Add("SQLite: INSERT rate", Rate(inserted, insertTime), "rows/s");
        await LoadCheck.ThroughEfAsync(postgres, data, postgresIds, shape.Quarters, ct);
        await LoadCheck.ThroughEfAsync(sqlite, data, sqliteIds, shape.Quarters, ct);
        await sqlite.DisposeAsync();

        Console.WriteLine("Baselines");
        table.AddSeconds("PostgreSQL: read all values into typed arrays (engine start-up)", ReadBack(options, postgres, postgresIds, data));
        var (groupBy, expected) = Timing.Repeat(options.Runs, () => PostgresRollup.Run(postgres.ConnectionString, postgresIds, DataSetShape.FirstYear));
        table.AddSeconds("PostgreSQL: GROUP BY roll-up of communes to provinces", groupBy);
        table.Add("PostgreSQL: roll-up cells (province × indicator × quarter)", Count(expected.Count), "cells");
        var duckDbMedian = DuckDb(options, table, data, expected);

        var runner = new EngineRunner(data, table, options.Runs, options.Reports, options.Seed);
        foreach (var engine in EnginesUnderTest.All())
        {
            runner.Run(engine, expected, groupBy.Median, duckDbMedian);
        }
        var markdown = table.ToMarkdown();
        Console.WriteLine();
        Console.WriteLine(markdown);
        return markdown;
    }

    private static void Describe(ResultTable table, BenchOptions options, BenchCatalog catalog, BenchData data, string postgresVersion, DateTime now)
    {
        int Units(UnitLevel level) => catalog.Units.Count(u => u.Level == level);
        table.Context(string.Create(CultureInfo.InvariantCulture,
            $"Data set (scale {options.Scale}, seed {options.Seed}): {Count(data.Units.Count)} units ({Count(Units(UnitLevel.Commune))} generated communes under {Units(UnitLevel.Province)} provinces, {Units(UnitLevel.Ministry)} ministries), {data.Indicators.Count} indicators, {data.Periods.Count} quarters ({data.Periods[0]}-{data.Periods[^1]}), {Count(data.RowCount)} values"));
        table.Context($"PostgreSQL {postgresVersion} (a private server on 127.0.0.1), a SQLite file in a temporary folder, DuckDB in memory");
        table.Context(string.Create(CultureInfo.InvariantCulture,
            $"Each query and full recompute ran {options.Runs} times, incremental updates for {options.Reports} reports; run at {now:yyyy-MM-dd HH:mm} UTC"));
        Console.WriteLine(table.ToMarkdown());
    }

    /// <summary>Kept out of the async method so that the read-back columns are garbage once checked.</summary>
    private static Samples ReadBack(BenchOptions options, ProductDatabase postgres, DatabaseIds ids, BenchData data)
    {
        var (samples, values) = Timing.Repeat(options.Runs, () => PostgresReadBack.Read(postgres.ConnectionString, ids, DataSetShape.FirstYear));
        LoadCheck.SameValues(data, values);
        return samples;
    }

    private static TimeSpan DuckDb(BenchOptions options, ResultTable table, BenchData data, RollupCells expected)
    {
        using var duckDb = new DuckDbRollup();
        var appended = Timing.Once(() => duckDb.Load(data));
        table.Add($"DuckDB {duckDb.Version}: Appender load into an in-memory table", Seconds(appended), "s");
        table.Add("DuckDB: Appender rate", Rate(data.RowCount, appended), "rows/s");
        var (groupBy, cells) = Timing.Repeat(options.Runs, duckDb.Run);
        table.AddSeconds("DuckDB: GROUP BY roll-up of communes to provinces", groupBy);
        table.Add("DuckDB: cells differing from PostgreSQL's GROUP BY", $"{expected.CountDifferences(cells.Get)} of {Count(expected.Count)}", "cells", "0");
        return groupBy.Median;
    }
}
