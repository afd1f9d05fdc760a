using System.Diagnostics;
using DxMonitor.Data.Audit;
using DxMonitor.Data.Postgres;
using DxMonitor.Data.Seed;
using DxMonitor.Data.Sqlite;
using DxMonitor.Data.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit.Abstractions;

namespace DxMonitor.Data.Tests.Seed;

/// <summary>Every test database and every first start seeds the reference data, communes included: it must stay quick.</summary>
public sealed class SeedingTimeTests(ITestOutputHelper output)
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Seeding_the_reference_data_takes_seconds_not_minutes(DatabaseProvider provider)
    {
        await SeedTimedAsync(provider, "cold"); // the first run pays for JIT compilation
        var warm = await SeedTimedAsync(provider, "warm");

        Assert.InRange(warm, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    private async Task<TimeSpan> SeedTimedAsync(DatabaseProvider provider, string run)
    {
        var (options, drop) = await EmptyDatabaseAsync(provider);
        try
        {
            await using (var migrate = Context(provider, options))
            {
                await migrate.Database.MigrateAsync();
            }
            await using var db = Context(provider, options);
            var watch = Stopwatch.StartNew();

            Assert.True(await ReferenceDataSeeder.SeedAsync(db, TimeProvider.System));

            watch.Stop();
            output.WriteLine($"{provider} ({run}): seeded {await db.Units.CountAsync()} units in {watch.ElapsedMilliseconds} ms");
            return watch.Elapsed;
        }
        finally
        {
            await drop();
        }
    }

    private static DxDbContext Context(DatabaseProvider provider, string connectionString)
    {
        var interceptor = new DataValueAuditInterceptor(new SystemAuditContext("seed"), TimeProvider.System);
        return provider == DatabaseProvider.Postgres
            ? new PostgresDxDbContext(new DbContextOptionsBuilder<PostgresDxDbContext>().UseNpgsql(connectionString).AddInterceptors(interceptor).Options)
            : new SqliteDxDbContext(new DbContextOptionsBuilder<SqliteDxDbContext>().UseSqlite(connectionString).AddInterceptors(interceptor).Options);
    }

    private static async Task<(string ConnectionString, Func<Task> Drop)> EmptyDatabaseAsync(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"dxmonitor-seedtime-{Guid.NewGuid():N}.db");
            return (new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString(), () =>
            {
                File.Delete(file);
                return Task.CompletedTask;
            }
            );
        }
        var (server, _) = await Templates.PostgresAsync();
        var name = $"dx_seedtime_{Guid.NewGuid():N}";
        await Templates.ExecuteAsync(server, $"CREATE DATABASE \"{name}\"");
        return (new NpgsqlConnectionStringBuilder(server) { Database = name, Pooling = false }.ToString(),
            () => Templates.ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"));
    }
}
