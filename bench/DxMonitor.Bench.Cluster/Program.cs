using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Npgsql;

// Two product instances on one PostgreSQL database (ADR 021): how long a write on one takes to reach the other's
// roll-ups (median, p99), and read throughput of /dashboard and /api/v1/rankings with one and with two instances.
// Usage: dotnet DxMonitor.Bench.Cluster.dll [--writes 400] [--seconds 10] [--clients 8] [--output bench/results/cluster-latest.md]
// Needs DXMONITOR_TEST_POSTGRES (bench/cluster.sh starts a private server and sets it).
namespace DxMonitor.Bench.Cluster;

public static class ClusterBench
{
    private const string Indicator = "PRV.MOBILE_SUBSCRIBERS";
    private const string Period = "2025Q3";
    private static readonly string[] Units = ["P01", "P04", "P08", "P12", "P22", "P31", "P46", "P79"];

    public static async Task<int> Main(string[] args)
    {
        var writes = (int)Option(args, "--writes", 400);
        var seconds = Option(args, "--seconds", 10);
        var clients = (int)Option(args, "--clients", 8);
        var output = args.SkipWhile(a => a != "--output").Skip(1).FirstOrDefault();
        var server = Environment.GetEnvironmentVariable("DXMONITOR_TEST_POSTGRES")
            ?? throw new InvalidOperationException("Set DXMONITOR_TEST_POSTGRES (bench/cluster.sh does).");
        var name = $"dxbench_cluster_{Guid.NewGuid():N}";
        var database = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
        var report = new StringBuilder();
        try
        {
            var watch = Stopwatch.StartNew();
            // Both start on a database that does not exist yet, as a first deployment would.
            var starting = new[] { Instance.StartAsync("A", database), Instance.StartAsync("B", database) };
            var instances = await Task.WhenAll(starting);
            await using var a = instances[0];
            await using var b = instances[1];
            Line(report, $"# Two instances on one PostgreSQL database\n\nBoth started together on a new database, ready after {watch.Elapsed.TotalSeconds:F1} s. Seeded reference data (34 provinces); each write is one value of {Indicator} {Period} for a province, through `PUT /api/v1/values/…` with an administrator's token; the delay runs from the write's answer to the first read of `GET /api/v1/rollups/{Indicator}/{Period}` showing it (reads every 5 ms).\n");
            var (toOther, toSelf) = await DelaysAsync(a, b, writes);
            Line(report, "| delay from a write to the roll-ups | writes | median ms | p99 ms | max ms |");
            Line(report, "| --- | ---: | ---: | ---: | ---: |");
            Line(report, Row("on the other instance (A→B and B→A)", toOther));
            Line(report, Row("on the instance that took it", toSelf));
            Line(report, $"\nRead throughput: {clients} clients for {seconds:F0} s each, requests spread round-robin over the instances; the machine's cores are shared by client, instances and PostgreSQL.\n");
            Line(report, "| path | reader | instances | requests/s | median ms | p99 ms |");
            Line(report, "| --- | --- | ---: | ---: | ---: | ---: |");
            foreach (var (path, signedIn) in new[] { ("/dashboard", false), ("/api/v1/rankings", true) })
            {
                foreach (var targets in new[] { new[] { a }, new[] { a, b } })
                {
                    var (rate, latencies) = await ThroughputAsync(targets, path, signedIn, clients, TimeSpan.FromSeconds(seconds));
                    Line(report, string.Create(CultureInfo.InvariantCulture,
                        $"| `{path}` | {(signedIn ? "token" : "public")} | {targets.Length} | {rate:F0} | {Percentile(latencies, 0.5):F1} | {Percentile(latencies, 0.99):F1} |"));
                }
            }
        }
        finally
        {
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
        if (output is not null)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(output)) ?? ".");
            await File.WriteAllTextAsync(output, report.ToString());
            Console.WriteLine($"Written to {output}");
        }
        return 0;
    }

    /// <summary>
    /// Writes alternately on A and B and times until an instance's roll-up shows each value: the other instance's for
    /// two writes in four, the writer's own for the others, so both are measured under the same conditions.
    /// </summary>
    private static async Task<(List<double> ToOther, List<double> ToSelf)> DelaysAsync(Instance a, Instance b, int writes)
    {
        var (toOther, toSelf) = (new List<double>(), new List<double>());
        for (var i = 0; i < writes; i++)
        {
            var writer = i % 2 == 0 ? a : b;
            var crossed = i % 4 < 2;
            var reader = crossed ? (writer == a ? b : a) : writer;
            using var write = writer.Client();
            using var read = reader.Client();
            var unit = Units[i % Units.Length];
            var value = 1_000_000 + i;
            var answer = await write.PutAsJsonAsync($"/api/v1/values/{Indicator}/{unit}/{Period}", new { value, comment = "bench" });
            answer.EnsureSuccessStatusCode();
            var watch = Stopwatch.StartNew();
            while (await ValueAsync(read, unit) != value)
            {
                if (watch.Elapsed > TimeSpan.FromSeconds(30))
                {
                    throw new TimeoutException($"{reader.Name} did not show {unit} = {value} written on {writer.Name} within 30 s.");
                }
                await Task.Delay(5);
            }
            (crossed ? toOther : toSelf).Add(watch.Elapsed.TotalMilliseconds);
        }
        return (toOther, toSelf);
    }

    private static async Task<decimal?> ValueAsync(HttpClient client, string unit)
    {
        var rollup = await client.GetFromJsonAsync<JsonElement>($"/api/v1/rollups/{Indicator}/{Period}");
        var cell = rollup.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == unit).GetProperty("value");
        return cell.ValueKind == JsonValueKind.Number ? cell.GetDecimal() : null;
    }

    private static async Task<(double Rate, List<double> Latencies)> ThroughputAsync(
        Instance[] targets, string path, bool signedIn, int clients, TimeSpan duration)
    {
        var latencies = new List<double>();
        var http = targets.Select(t => t.Client(signedIn)).ToArray();
        for (var i = 0; i < 3; i++)
        {
            foreach (var client in http)
            {
                (await client.GetAsync(path)).EnsureSuccessStatusCode();
            }
        }
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            var mine = new List<double>();
            for (var n = 0; watch.Elapsed < duration; n++)
            {
                var started = watch.Elapsed;
                using var answer = await http[(c + n) % http.Length].GetAsync(path);
                answer.EnsureSuccessStatusCode();
                await answer.Content.ReadAsByteArrayAsync();
                mine.Add((watch.Elapsed - started).TotalMilliseconds);
            }
            lock (latencies)
            {
                latencies.AddRange(mine);
            }
        }));
        foreach (var client in http)
        {
            client.Dispose();
        }
        return (latencies.Count / watch.Elapsed.TotalSeconds, latencies);
    }

    private static string Row(string what, List<double> delays) => string.Create(CultureInfo.InvariantCulture,
        $"| {what} | {delays.Count} | {Percentile(delays, 0.5):F1} | {Percentile(delays, 0.99):F1} | {delays.Max():F1} |");

    private static double Percentile(List<double> values, double p)
    {
        var sorted = values.Order().ToList();
        return sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(p * sorted.Count) - 1)];
    }

    private static void Line(StringBuilder report, string line)
    {
        report.AppendLine(line);
        Console.WriteLine(line);
    }

    private static double Option(string[] args, string name, double fallback)
    {
        var value = args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
        return value is null ? fallback : double.Parse(value, CultureInfo.InvariantCulture);
    }
}
