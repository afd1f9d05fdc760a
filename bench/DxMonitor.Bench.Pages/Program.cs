using System.Diagnostics;
using System.Globalization;
using System.Text;

// Server time of the dashboard, map, ranking, unit and public pages over the engine harness's data set.
// Usage: dotnet DxMonitor.Bench.Pages.dll [--scale 1] [--runs 20] [--seed 20250701] [--output bench/results/pages-latest.md]
namespace DxMonitor.Bench.Pages;

/// <summary>Times the dashboard pages' server time over the bench data set and prints a table.</summary>
public static class PageBench
{
    public static async Task<int> Main(string[] args)
    {
        var scale = Option(args, "--scale", 1.0);
        var runs = (int)Option(args, "--runs", 20);
        var seed = (int)Option(args, "--seed", 20250701);
        var output = args.SkipWhile(a => a != "--output").Skip(1).FirstOrDefault();

        var clock = Stopwatch.StartNew();
        var (database, described) = await BenchDatabase.CreateAsync(scale, seed, CancellationToken.None);
        await using (database)
        {
            Console.WriteLine($"Data set: {described} ({clock.Elapsed.TotalSeconds:F0} s to build)");
            await using var site = new BenchSite(database.ConnectionString);
            var anonymous = site.CreateClient();
            clock.Restart();
            (await anonymous.GetAsync("/dashboard")).EnsureSuccessStatusCode(); // waits for the engine's first pass
            var startup = clock.Elapsed;
            var leader = await site.LeaderAsync();

            string[] pages =
            [
                "/dashboard", "/public", "/map?indicator=BENCH.I001&period=2025Q4", "/map?indicator=BENCH.I007&period=2024Q4",
                "/map?indicator=DTI-PRV&period=2025", "/rankings/indicators?indicator=BENCH.I001&year=2025",
                "/rankings/indicators?level=Ministry&indicator=BENCH.I141&year=2025", "/units/VN", "/units/P01", "/units/C-P01-0001",
            ];
            var report = new StringBuilder();
            report.AppendLine(CultureInfo.InvariantCulture, $"# Page server time\n\nData set: {described}. Host in process (WebApplicationFactory, SQLite), engine loaded and first pass done in {startup.TotalSeconds:F1} s. Each page: 3 warm-up requests, then {runs} timed; time = request sent to body read, in process (no network).\n");
            report.AppendLine("| page | reader | median ms | p95 ms | max ms | body KB |");
            report.AppendLine("| --- | --- | ---: | ---: | ---: | ---: |");
            foreach (var (reader, client) in new[] { ("public", anonymous), ("leader", leader) })
            {
                foreach (var page in pages)
                {
                    var (times, bytes) = await TimeAsync(client, page, runs);
                    var line = string.Create(CultureInfo.InvariantCulture,
                        $"| `{page}` | {reader} | {Percentile(times, 0.5):F1} | {Percentile(times, 0.95):F1} | {times.Max():F1} | {bytes / 1024.0:F0} |");
                    report.AppendLine(line);
                    Console.WriteLine(line);
                }
            }
            if (output is not null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output)) ?? ".");
                await File.WriteAllTextAsync(output, report.ToString());
                Console.WriteLine($"Written to {output}");
            }
        }
        return 0;
    }

    private static async Task<(List<double> Times, int Bytes)> TimeAsync(HttpClient client, string page, int runs)
    {
        var bytes = 0;
        var times = new List<double>(runs);
        for (var i = 0; i < runs + 3; i++)
        {
            var watch = Stopwatch.StartNew();
            using var response = await client.GetAsync(page);
            var body = await response.Content.ReadAsByteArrayAsync();
            watch.Stop();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"{page} answered {(int)response.StatusCode}");
            }
            bytes = body.Length;
            if (i >= 3)
            {
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }
        return (times, bytes);
    }

    private static double Percentile(List<double> times, double p)
    {
        var sorted = times.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }

    private static double Option(string[] args, string name, double fallback)
    {
        var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return value is null ? fallback : double.Parse(value, CultureInfo.InvariantCulture);
    }
}
