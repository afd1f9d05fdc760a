using DxMonitor.Data;
using DxMonitor.Data.Audit;
using DxMonitor.Data.Postgres;
using DxMonitor.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace DxMonitor.Data.Tests.Infrastructure;

/// <summary>Migrates and seeds one template database per provider, once per test run.</summary>
internal static class Templates
{
    public const string PostgresVariable = "DXMONITOR_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> Sqlite = new(CreateSqliteTemplateAsync);
    private static readonly Lazy<Task<(string Server, string Template)>> Postgres = new(CreatePostgresTemplateAsync);

    public static Task<string> SqliteAsync() => Sqlite.Value;

    public static Task<(string Server, string Template)> PostgresAsync() => Postgres.Value;

    public static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> CreateSqliteTemplateAsync()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dxmonitor-template-{Environment.ProcessId}-{Guid.NewGuid():N}.db");
        var options = new DbContextOptionsBuilder<SqliteDxDbContext>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString())
            .AddInterceptors(new DataValueAuditInterceptor(new SystemAuditContext("seed"), TimeProvider.System))
            .Options;
        await using var db = new SqliteDxDbContext(options);
        await DatabaseInitializer.InitializeAsync(db, TimeProvider.System);
        return file;
    }

    private static async Task<(string, string)> CreatePostgresTemplateAsync()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable);
        if (string.IsNullOrWhiteSpace(server))
        {
            throw new InvalidOperationException(
                $"{PostgresVariable} is not set. Run the tests with ./test.sh, which starts PostgreSQL on 127.0.0.1 and sets it.");
        }
        var template = $"dx_template_{Environment.ProcessId}";
        await ExecuteAsync(server, $"DROP DATABASE IF EXISTS \"{template}\" WITH (FORCE)");
        await ExecuteAsync(server, $"CREATE DATABASE \"{template}\"");
        var connectionString = new NpgsqlConnectionStringBuilder(server) { Database = template, Pooling = false }.ToString();
        var options = new DbContextOptionsBuilder<PostgresDxDbContext>()
            .UseNpgsql(connectionString)
            .AddInterceptors(new DataValueAuditInterceptor(new SystemAuditContext("seed"), TimeProvider.System))
            .Options;
        await using (var db = new PostgresDxDbContext(options))
        {
            await DatabaseInitializer.InitializeAsync(db, TimeProvider.System);
        }
        return (server, template);
    }
}
