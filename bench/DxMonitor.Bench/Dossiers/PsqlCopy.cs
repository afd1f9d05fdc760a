using System.Diagnostics;
using Npgsql;

namespace DxMonitor.Bench.Dossiers;

/// <summary>
/// psql's own <c>\copy … FROM file (FORMAT csv, HEADER)</c> into a table of text columns: the baseline for the bulk
/// path; <c>keyed</c> gives the table a primary key on (unit, dossier), the least a store that replaces resent dossiers
/// must keep.
/// </summary>
public static class PsqlCopy
{
    /// <returns>The wall time of psql's run and the CPU that psql and the server spent.</returns>
    public static async Task<(TimeSpan Wall, CpuMeter.Times Cpu)> TimeAsync(string connectionString, string file, bool keyed, CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var table = keyed ? "dossiers_copy_keyed" : "dossiers_copy";
        await Databases.ProductDatabase.ExecuteAsync(connectionString,
            $"CREATE TABLE {table} (dossier_id text, unit text, procedure text, channel text, online_scope text, received_at timestamptz, "
            + "due_at timestamptz, finished_at timestamptz, status text, paid_online boolean, digitised boolean, supplements integer, paused_days integer, "
            + "national_portal boolean, synced boolean, digitised_input boolean, reused_data boolean"
            + (keyed ? ", PRIMARY KEY (unit, dossier_id))" : ")"), ct);
        var psql = Directory.GetDirectories("/usr/lib/postgresql").Order().Select(d => Path.Combine(d, "bin", "psql")).LastOrDefault(File.Exists) ?? "psql";
        var start = new ProcessStartInfo(psql)
        {
            ArgumentList =
            {
                "-h", builder.Host ?? "127.0.0.1", "-p", builder.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "-U", builder.Username ?? "postgres", "-d", builder.Database ?? "postgres", "-v", "ON_ERROR_STOP=1",
                "-c", $"\\copy {table} FROM '{file}' WITH (FORMAT csv, HEADER true)",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var cpu = await CpuMeter.StartAsync(connectionString, ct);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("psql did not start.");
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        var error = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);
        clock.Stop();
        var used = cpu.Stop();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"psql \\copy failed: {error}");
        }
        Console.WriteLine($"  psql: {output.Trim()}");
        await Databases.ProductDatabase.ExecuteAsync(connectionString, $"DROP TABLE {table}", ct);
        return (clock.Elapsed, used);
    }
}
