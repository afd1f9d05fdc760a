using System.Diagnostics;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static DxMonitor.Web.Tests.Operations.Backups;

namespace DxMonitor.Web.Tests.Operations;

/// <summary>
/// PostgreSQL is backed up with its own tools, as docs/operations.md says: <c>pg_dump -Fc</c> while the product runs,
/// <c>pg_restore</c> into an empty database, and the product started on it has the data.
/// </summary>
public sealed class PostgresBackupTests
{
    [Fact]
    public async Task A_pg_dump_of_the_running_product_restores_with_pg_restore_into_a_database_the_product_runs_on()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var dump = NewFile("dump");
        try
        {
            int changes;
            await using (var product = await ProductProcess.StartAsync(database))
            {
                using var client = product.Client();
                await WriteAsync(client, 4150m);
                await RunAsync("pg_dump", ["-Fc", "--file", dump, .. Connection(database.ConnectionString)]);
                await using var db = database.CreateContext();
                changes = await db.DataValueChanges.CountAsync();
            }

            await using var restored = await TestDatabase.NewPostgresAsync();
            await CreateEmptyAsync(restored.ConnectionString);
            await RunAsync("pg_restore", ["--no-owner", "--exit-on-error", .. Connection(restored.ConnectionString), dump]);

            await using var restarted = await ProductProcess.StartAsync(restored);
            using var reader = restarted.Client();
            Assert.Equal(4150m, await ReadAsync(reader));
            await using var copy = restored.CreateContext();
            Assert.Equal(changes, await copy.DataValueChanges.CountAsync());
        }
        finally
        {
            File.Delete(dump);
        }
    }

    private static async Task CreateEmptyAsync(string connectionString)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        await using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ToString());
        await server.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{target.Database}\"", server);
        await create.ExecuteNonQueryAsync();
    }

    private static string[] Connection(string connectionString)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        return ["--host", target.Host!, "--port", target.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--username", target.Username ?? "postgres", "--dbname", target.Database!];
    }

    private static async Task RunAsync(string tool, string[] arguments)
    {
        var start = new ProcessStartInfo(Tool(tool)) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!; // Start returns null only for shell-executed documents.
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{tool} failed ({process.ExitCode}): {await output} {await errors}");
    }

    /// <summary>The newest server's tools (scripts/with-postgres.sh runs that server), else the one on the PATH.</summary>
    private static string Tool(string name) =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin", name)).Where(File.Exists)
                .OrderBy(p => int.TryParse(Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(p))), out var v) ? v : 0).LastOrDefault() ?? name
            : name;
}
