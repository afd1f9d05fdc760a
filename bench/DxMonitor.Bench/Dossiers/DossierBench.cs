using System.Diagnostics;
using System.Globalization;
using System.Text;
using DxMonitor.Bench.Databases;
using DxMonitor.Bench.Results;
using DxMonitor.Data;
using DxMonitor.Data.Dossiers;
using DxMonitor.Domain.Dossiers;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Bench.Dossiers;

/// <summary>
/// Issues 7 and 17's benchmark: generates N sample dossiers with lifecycle facts, spread over every province and
/// commune and the last year, as one CSV file; ingests it through the product's bulk path into SQLite and PostgreSQL
/// (rows/s, peak working set), times psql's own \copy of the same file into a plain table, sends a million of the
/// dossiers again with other values (each replaces a stored one), times every figure of every unit and month, every
/// unit's 766 score for every month, how soon one more file shows in a score, and one partitioned-table step.
/// </summary>
public static class DossierBench
{
    public const string Usage = "usage: DxMonitor.Bench dossiers [--rows N (default 10000000)] [--seed N] [--file PATH] [--output FILE] [--ingest-only]";

    /// <param name="IngestOnly">Only the PostgreSQL ingest, psql's copies and the resend into PostgreSQL (to compare changes to the ingest quickly).</param>
    private sealed record Options(long Rows, int Seed, string File, string? Output, bool IngestOnly = false);

    /// <summary>Dossiers sent a second time, with other values, to measure the replace path.</summary>
    private const long ResendRows = 1_000_000;

    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = new Options(10_000_000, 20250701, Path.Combine(Path.GetTempPath(), "dxmonitor-dossiers.csv"), null);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (args[i] == "--ingest-only")
            {
                options = options with { IngestOnly = true };
                i--;
                continue;
            }
            var value = i + 1 < args.Count ? args[i + 1] : throw new ArgumentException($"{args[i]} needs a value. {Usage}");
            options = args[i] switch
            {
                "--rows" => options with { Rows = long.Parse(value, CultureInfo.InvariantCulture) },
                "--seed" => options with { Seed = int.Parse(value, CultureInfo.InvariantCulture) },
                "--file" => options with { File = value },
                "--output" => options with { Output = value },
                _ => throw new ArgumentException($"Unknown option {args[i]}. {Usage}"),
            };
        }
        var server = Environment.GetEnvironmentVariable(BenchOptions.PostgresVariable)
            ?? throw new ArgumentException($"{BenchOptions.PostgresVariable} is not set; run bench/dossiers.sh.");
        var ct = CancellationToken.None;
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var lines = new List<(string Name, string Figure, string Unit, string Target)>();
        void Add(string name, string figure, string unit, string target = "—")
        {
            lines.Add((name, figure, unit, target));
            Console.WriteLine($"  {name}: {figure} {unit} {target}");
        }

        await using var sqlite = await ProductDatabase.CreateSqliteAsync(ct);
        await using var postgres = await ProductDatabase.CreatePostgresAsync(server, ct);
        List<string> provinces, units;
        await using (var db = sqlite.CreateContext())
        {
            var today = DateOnly.FromDateTime(now);
            var valid = (await db.Units.AsNoTracking().Where(u => u.Level == UnitLevel.Province || u.Level == UnitLevel.Commune).ToListAsync(ct))
                .Where(u => u.IsValidOn(today)).ToList();
            provinces = [.. valid.Where(u => u.Level == UnitLevel.Province).Select(u => u.Code).Order(StringComparer.Ordinal)];
            units = [.. valid.Select(u => u.Code).Order(StringComparer.Ordinal)];
        }

        Console.WriteLine($"Generating {options.Rows:N0} dossiers of {units.Count} provinces and communes into {options.File} …");
        var clock = Stopwatch.StartNew();
        var bytes = await DossierGenerator.WriteAsync(options.File, units, options.Rows, now, options.Seed);
        Add("generate the CSV file", ResultTable.Seconds(clock.Elapsed), "s", string.Create(CultureInfo.InvariantCulture, $"{bytes / 1e9:0.00} GB"));

        if (!options.IngestOnly)
        {
            await IngestAsync(sqlite, options.File, now, "SQLite", Add, ct);
        }
        var postgresTime = await IngestAsync(postgres, options.File, now, "PostgreSQL", Add, ct);
        var (copyTime, copyCpu) = await PsqlCopy.TimeAsync(postgres.ConnectionString, options.File, keyed: false, ct);
        Add("psql \\copy of the same file into a plain table", ResultTable.Rate(options.Rows, copyTime), "rows/s",
            string.Create(CultureInfo.InvariantCulture, $"{ResultTable.Seconds(copyTime)} s; {copyCpu.PerRow(options.Rows, "psql")}"));
        var ratio = copyTime.TotalSeconds / postgresTime.TotalSeconds;
        Add("our PostgreSQL bulk path ÷ psql \\copy into a plain table (rate)", ratio.ToString("0.00", CultureInfo.InvariantCulture), "×",
            "an upper bound no keyed table reaches (ADR 015)");
        var (keyedTime, keyedCpu) = await PsqlCopy.TimeAsync(postgres.ConnectionString, options.File, keyed: true, ct);
        Add("psql \\copy of the same file into a table keyed by unit and dossier", ResultTable.Rate(options.Rows, keyedTime), "rows/s",
            string.Create(CultureInfo.InvariantCulture, $"{ResultTable.Seconds(keyedTime)} s; {keyedCpu.PerRow(options.Rows, "psql")}"));
        var keyedRatio = keyedTime.TotalSeconds / postgresTime.TotalSeconds;
        Add("our PostgreSQL bulk path ÷ psql \\copy into the keyed table (rate)", keyedRatio.ToString("0.00", CultureInfo.InvariantCulture), "×",
            "≥ 0.8×: " + (keyedRatio >= 0.8 ? "met" : "missed"));

        // A unit sending last months' dossiers again with their new states: every row replaces a stored dossier.
        var resendRows = Math.Min(options.Rows, ResendRows);
        await DossierGenerator.WriteAsync(options.File, units, resendRows, now, options.Seed + 1);
        if (!options.IngestOnly)
        {
            await IngestAsync(sqlite, options.File, now, "SQLite", Add, ct, resend: true);
        }
        await IngestAsync(postgres, options.File, now, "PostgreSQL", Add, ct, resend: true);
        if (options.IngestOnly)
        {
            File.Delete(options.File);
            return await WriteAsync(options, units.Count, now, lines, ct);
        }
        // What autovacuum does within a minute of such a load, done now so that the reads below do not depend on
        // when it wakes: planner statistics, and the visibility map that lets an index answer without the table.
        await ProductDatabase.ExecuteAsync(postgres.ConnectionString, "VACUUM (ANALYZE) dossiers", ct);

        await FiguresAsync(sqlite, now, "SQLite", Add, ct);
        await FiguresAsync(postgres, now, "PostgreSQL", Add, ct);
        await ServiceIndexBench.ScoresAsync(sqlite, now, "SQLite", Add, ct);
        await ServiceIndexBench.ScoresAsync(postgres, now, "PostgreSQL", Add, ct);
        await ServiceIndexBench.VisibleAsync(sqlite, provinces[0], now, options.File, "SQLite", Add, ct);
        await ServiceIndexBench.VisibleAsync(postgres, provinces[0], now, options.File, "PostgreSQL", Add, ct);
        await PartitionStep.RunAsync(postgres.ConnectionString, Add, ct);
        File.Delete(options.File);
        return await WriteAsync(options, units.Count, now, lines, ct);
    }

    private static async Task<int> WriteAsync(
        Options options, int units, DateTime now, List<(string Name, string Figure, string Unit, string Target)> lines, CancellationToken ct)
    {
        var markdown = new StringBuilder("# DxMonitor benchmark: dossier ingest, figures and the 766 index (issues 7 and 17)\n\n");
        markdown.AppendLine(CultureInfo.InvariantCulture, $"- {MachineInfo.Describe()}");
        markdown.AppendLine(CultureInfo.InvariantCulture, $"- {options.Rows:N0} generated sample dossiers with lifecycle facts, of {units:N0} provinces and communes over the year before {now:yyyy-MM-dd}, seed {options.Seed}; run at {now:yyyy-MM-dd HH:mm} UTC");
        markdown.AppendLine().AppendLine("| measurement | figure | unit | target / note |").AppendLine("| --- | ---: | --- | --- |");
        foreach (var (name, figure, unit, target) in lines)
        {
            markdown.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {figure} | {unit} | {target} |");
        }
        Console.WriteLine(markdown);
        if (options.Output is { } output)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output)) ?? ".");
            await File.WriteAllTextAsync(output, markdown.ToString(), ct);
        }
        return 0;
    }

    private static async Task<TimeSpan> IngestAsync(
        ProductDatabase database, string file, DateTime now, string name, Action<string, string, string, string> add, CancellationToken ct,
        bool resend = false)
    {
        Console.WriteLine($"Ingesting into {name} …");
        GC.Collect();
        DossierIngest.Done done;
        var cpu = database.Provider == DatabaseProvider.Postgres ? await CpuMeter.StartAsync(database.ConnectionString, ct) : null;
        var clock = Stopwatch.StartNew();
        await using (var memory = new MemorySampler())
        {
            done = await IngestFileAsync(database, file, now, ct);
            clock.Stop();
            var rows = done.Rows;
            var used = cpu is null ? "" : "; " + cpu.Stop().PerRow(rows);
            if (resend)
            {
                add($"CSV resend of {ResultTable.Count(rows)} stored dossiers into {name} (each replaces the stored one)", ResultTable.Rate(rows, clock.Elapsed), "rows/s",
                    string.Create(CultureInfo.InvariantCulture, $"{ResultTable.Seconds(clock.Elapsed)} s; peak {memory.PeakMegabytes:0} MB{used}"));
                return clock.Elapsed;
            }
            add($"CSV ingest into {name} (parse, check, stage, upsert)", ResultTable.Rate(rows, clock.Elapsed), "rows/s",
                string.Create(CultureInfo.InvariantCulture, $"{ResultTable.Seconds(clock.Elapsed)} s{used}"));
            add($"peak working set while ingesting into {name}", memory.PeakMegabytes.ToString("0", CultureInfo.InvariantCulture), "MB",
                "< 500 MB: " + (memory.PeakMegabytes < 500 ? "met" : "missed"));
        }
        await using (var db = database.CreateContext())
        {
            var stored = await db.Dossiers.LongCountAsync(ct);
            add($"dossiers stored in {name}", ResultTable.Count(stored), "rows", "");
        }
        return clock.Elapsed;
    }

    /// <summary>Ingests a CSV file through the product's bulk path, as an administrator may for any unit.</summary>
    internal static async Task<DossierIngest.Done> IngestFileAsync(ProductDatabase database, string file, DateTime now, CancellationToken ct)
    {
        Dictionary<string, int> ids;
        await using (var db = database.CreateContext())
        {
            ids = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, ct);
        }
        await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var (source, errors) = await CsvDossierSource.OpenAsync(stream, 16 * 1024, ct);
        if (source is null)
        {
            throw new InvalidOperationException(string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(' ', e.Value)}")));
        }
        await using (source)
        await using (var store = await DossierStore.BeginAsync(database.Options, ct))
        {
            var outcome = await DossierIngest.RunAsync(source.RowsAsync(ct),
                code => ids.TryGetValue(code, out var id) ? new DossierIngest.UnitAccess(id, true) : null,
                store, new("bench", "csv", now, 100), ct);
            return outcome as DossierIngest.Done ?? throw new InvalidOperationException($"Ingest failed: {outcome}");
        }
    }

    private static async Task FiguresAsync(ProductDatabase database, DateTime now, string name, Action<string, string, string, string> add, CancellationToken ct)
    {
        await using var db = database.CreateContext();
        var parents = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ParentId, ct);
        var times = new List<TimeSpan>();
        long cells = 0;
        for (var run = 0; run < 3; run++)
        {
            var clock = Stopwatch.StartNew();
            var figures = DossierFigures.Compute(await DossierAggregation.LoadAsync(db, now, null, ct), parents, now);
            cells = 0;
            foreach (var unit in figures.UnitIds)
            {
                foreach (var month in figures.MonthsOf(unit))
                {
                    var period = DossierMonth.ToPeriod(month);
                    cells += figures.For(unit, period).Received >= 0 ? 1 : 0;
                    if (period.Start.Month % 3 == 0)
                    {
                        cells += figures.For(unit, period.In(PeriodType.Quarter)).Received >= 0 ? 1 : 0;
                    }
                }
            }
            times.Add(clock.Elapsed);
        }
        var best = times.Min();
        add($"all figures of all units, months and quarters from {name} (best of 3)", ResultTable.Seconds(best), "s",
            string.Create(CultureInfo.InvariantCulture, $"{cells:N0} unit-periods; < 5 s: {(best.TotalSeconds < 5 ? "met" : "missed")}"));
    }
}
