using System.Diagnostics;
using System.Globalization;
using System.Text;
using DxMonitor.Bench.Projects;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Registries;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Projects;
using DxMonitor.Web.Registries;
using DxMonitor.Web.Units;
using Microsoft.Extensions.DependencyInjection;

// Usage: DxMonitor.Bench.Projects [--projects N] [--platforms N] [--rows N] [--runs N] [--output file.md]
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal) && x.i + 1 < args.Length)
    .ToDictionary(x => x.a[2..], x => args[x.i + 1], StringComparer.Ordinal);
int Option(string name, int fallback) => options.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
var projects = Option("projects", 10_000);
var platforms = Option("platforms", 300);
var rows = Option("rows", 10_000);
var runs = Option("runs", 5);
var server = Environment.GetEnvironmentVariable("DXMONITOR_TEST_POSTGRES");
var providers = server is null ? new[] { DatabaseProvider.Sqlite } : [DatabaseProvider.Sqlite, DatabaseProvider.Postgres];

var report = new StringBuilder();
report.AppendLine(CultureInfo.InvariantCulture, $"Projects bench: {projects:N0} projects (4 milestones, 3 yearly plans each), {platforms} national platforms, registry import of {rows:N0} rows; {runs} runs, median (min).");
report.AppendLine();
report.AppendLine("| database | measurement | median | min |");
report.AppendLine("| --- | --- | ---: | ---: |");
foreach (var provider in providers)
{
    await using var database = await BenchDatabase.CreateAsync(provider, server);
    var seed = Stopwatch.StartNew();
    await BenchData.SeedAsync(database, projects, platforms);
    Console.WriteLine($"{provider}: seeded in {seed.Elapsed.TotalSeconds:F1} s");

    var list = await TimeAsync(runs, async () =>
    {
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
        var queries = scope.ServiceProvider.GetRequiredService<ProjectQueries>();
        var units = await UnitDirectory.LoadAsync(db, CancellationToken.None);
        var loaded = await queries.ListAsync(null, null, null, null, CancellationToken.None);
        var summaries = loaded.Select(l => queries.Summarise(l, units)).ToList();
        var totals = ProjectQueries.Rollups(loaded, units);
        return $"{summaries.Count} projects, {summaries.Sum(s => s.Warnings.Count)} warnings, {totals.Count - 1} units";
    });
    var search = await TimeAsync(runs, async () =>
    {
        await using var scope = database.Services.CreateAsyncScope();
        var loaded = await scope.ServiceProvider.GetRequiredService<ProjectQueries>().ListAsync(null, null, "kho du lieu", null, CancellationToken.None);
        return $"{loaded.Count} found";
    });
    var import = await TimeAsync(Math.Min(runs, 3), async () =>
    {
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
        var items = await BenchData.CommunityTeamsAsync(db, rows);
        var outcome = await SaveRegistryEntry.ExecuteAsync(RegistryCatalogue.Find(RegistryCatalogue.CommunityTeams)!, items,
            new Actor("bench", Role.NationalAnalyst, null, false), db, TimeProvider.System, scope.ServiceProvider.GetRequiredService<ReportChannel>(), CancellationToken.None);
        return outcome is SaveRegistryEntry.Done done ? $"{done.Created} entries, counts of 34 provinces rewritten" : throw new InvalidOperationException(outcome.ToString());
    });
    Row(provider, $"list all projects with warnings and roll-ups ({list.Note})", list);
    Row(provider, $"search projects by folded name ({search.Note})", search);
    Row(provider, $"import community teams, all or nothing ({import.Note})", import);
}
Console.Write(report);
if (options.TryGetValue("output", out var output))
{
    Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output))!);
    await File.WriteAllTextAsync(output, report.ToString());
}

void Row(DatabaseProvider provider, string what, (double Median, double Min, string Note) t) =>
    report.AppendLine(CultureInfo.InvariantCulture, $"| {provider} | {what} | {t.Median:F0} ms | {t.Min:F0} ms |");

static async Task<(double Median, double Min, string Note)> TimeAsync(int runs, Func<Task<string>> work)
{
    var note = await work(); // warm-up: JIT, EF model, connection pool
    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        GC.Collect();
        var watch = Stopwatch.StartNew();
        note = await work();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }
    times.Sort();
    return (times[times.Count / 2], times[0], note);
}
