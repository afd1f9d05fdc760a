using DxMonitor.Data;
using DxMonitor.Data.Audit;
using DxMonitor.Data.Postgres;
using DxMonitor.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DxMonitor.Bench.Databases;

/// <summary>
/// A fresh database with exactly the product's schema: a new database on the PostgreSQL server, or a SQLite
/// file in a temporary folder, migrated and seeded by <see cref="DatabaseInitializer"/>. Disposing drops it.
/// </summary>
public sealed class ProductDatabase : IAsyncDisposable
{
    private readonly Func<Task> _drop;
    private bool _dropped;

    private ProductDatabase(DatabaseProvider provider, string connectionString, Func<Task> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _drop = drop;
    }

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public DatabaseOptions Options => new() { Provider = Provider, ConnectionString = ConnectionString };

    public static async Task<ProductDatabase> CreatePostgresAsync(string server, CancellationToken ct)
    {
        var name = $"dxbench_{Guid.NewGuid():N}";
        await ExecuteAsync(server, $"CREATE DATABASE \"{name}\"", ct);
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = name, CommandTimeout = 0 }.ToString();
        var database = new ProductDatabase(DatabaseProvider.Postgres, connectionString, async () =>
        {
            await using (var connection = new NpgsqlConnection(connectionString))
            {
                NpgsqlConnection.ClearPool(connection);
            }
            await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", CancellationToken.None);
        });
        await database.InitializeAsync(ct);
        return database;
    }

    public static async Task<ProductDatabase> CreateSqliteAsync(CancellationToken ct)
    {
        var folder = Directory.CreateTempSubdirectory("dxbench-sqlite-");
        var file = Path.Combine(folder.FullName, "dxmonitor.db");
        var connectionString = new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString();
        var database = new ProductDatabase(DatabaseProvider.Sqlite, connectionString, () =>
        {
            folder.Delete(recursive: true);
            return Task.CompletedTask;
        });
        await database.InitializeAsync(ct);
        return database;
    }

    public DxDbContext CreateContext()
    {
        var audit = new DataValueAuditInterceptor(new SystemAuditContext("bench"), TimeProvider.System);
        return Provider == DatabaseProvider.Postgres
            ? new PostgresDxDbContext(new DbContextOptionsBuilder<PostgresDxDbContext>().UseNpgsql(ConnectionString).AddInterceptors(audit).Options)
            : new SqliteDxDbContext(new DbContextOptionsBuilder<SqliteDxDbContext>().UseSqlite(ConnectionString).AddInterceptors(audit).Options);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_dropped)
        {
            _dropped = true;
            await _drop();
        }
    }

    public static async Task ExecuteAsync(string connectionString, string sql, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task InitializeAsync(CancellationToken ct)
    {
        await using var db = CreateContext();
        await DatabaseInitializer.InitializeAsync(db, TimeProvider.System, ct);
    }
}
