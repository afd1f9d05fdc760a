using DxMonitor.Data;
using DxMonitor.Data.Audit;
using DxMonitor.Data.Postgres;
using DxMonitor.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DxMonitor.Data.Tests.Infrastructure;

/// <summary>
/// A fresh, migrated and seeded database for one test: a copy of a template SQLite file, or a PostgreSQL
/// database created from a template database on the server that test.sh starts. Tests never share rows.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(DatabaseProvider provider, string connectionString, Func<Task> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _drop = drop;
    }

    private readonly Func<Task> _drop;

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public DatabaseOptions Options => new() { Provider = Provider, ConnectionString = ConnectionString };

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider) => provider == DatabaseProvider.Postgres
        ? await CreatePostgresAsync()
        : await CreateSqliteAsync();

    /// <summary>
    /// A name on the test PostgreSQL server with no database behind it yet, for the product to create, migrate and
    /// seed itself; dropped afterwards.
    /// </summary>
    public static async Task<TestDatabase> NewPostgresAsync()
    {
        var (server, _) = await Templates.PostgresAsync();
        var name = $"dx_new_{Guid.NewGuid():N}";
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
        return new TestDatabase(DatabaseProvider.Postgres, connectionString, () => Templates.ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)"));
    }

    /// <summary>
    /// PostgreSQL only: as if the database went away, it refuses new connections and its open ones are ended
    /// (<paramref name="reachable"/> false); or it accepts connections again (true).
    /// </summary>
    public async Task SetReachableAsync(bool reachable)
    {
        var (server, _) = await Templates.PostgresAsync();
        var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        await Templates.ExecuteAsync(server, $"ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS {reachable}");
        if (!reachable)
        {
            await Templates.ExecuteAsync(server, $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{name}'");
        }
    }

    public DxDbContext CreateContext(IAuditContext? audit = null, TimeProvider? clock = null)
    {
        var interceptor = new DataValueAuditInterceptor(audit ?? new SystemAuditContext("test"), clock ?? TimeProvider.System);
        return Provider == DatabaseProvider.Postgres
            ? new PostgresDxDbContext(new DbContextOptionsBuilder<PostgresDxDbContext>().UseNpgsql(ConnectionString).AddInterceptors(interceptor).Options)
            : new SqliteDxDbContext(new DbContextOptionsBuilder<SqliteDxDbContext>().UseSqlite(ConnectionString).AddInterceptors(interceptor).Options);
    }

    public async ValueTask DisposeAsync() => await _drop();

    private static async Task<TestDatabase> CreateSqliteAsync()
    {
        var template = await Templates.SqliteAsync();
        var file = Path.Combine(Path.GetTempPath(), $"dxmonitor-test-{Guid.NewGuid():N}.db");
        File.Copy(template, file);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
        return new TestDatabase(DatabaseProvider.Sqlite, connectionString, () =>
        {
            File.Delete(file);
            return Task.CompletedTask;
        });
    }

    private static async Task<TestDatabase> CreatePostgresAsync()
    {
        var (server, template) = await Templates.PostgresAsync();
        var name = $"dx_test_{Guid.NewGuid():N}";
        await Templates.ExecuteAsync(server, $"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name }.ToString();
        return new TestDatabase(DatabaseProvider.Postgres, connectionString, async () =>
        {
            await using (var connection = new NpgsqlConnection(connectionString))
            {
                NpgsqlConnection.ClearPool(connection);
            }
            await Templates.ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        });
    }
}
