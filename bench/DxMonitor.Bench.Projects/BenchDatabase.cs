using DxMonitor.Data;
using DxMonitor.Data.Audit;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Projects;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace DxMonitor.Bench.Projects;

/// <summary>
/// A fresh database with the product's schema and reference data (SQLite file in a temporary folder, or a new
/// database on the PostgreSQL server), and the product's own services over it: the DbContext with both audit
/// interceptors, the project queries, the registry write path.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private readonly Func<Task> _drop;

    private BenchDatabase(DatabaseProvider provider, string connectionString, Func<Task> drop)
    {
        Provider = provider;
        var services = new ServiceCollection();
        services.AddDxDatabase(new DatabaseOptions { Provider = provider, ConnectionString = connectionString });
        services.AddSingleton<IAuditContext>(new SystemAuditContext("bench"));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<ReportChannel>();
        services.AddLogging();
        services.AddLocalization();
        services.AddOptions<ProjectsOptions>();
        services.AddScoped<ProjectQueries>();
        Services = services.BuildServiceProvider();
        _drop = drop;
    }

    public DatabaseProvider Provider { get; }

    public ServiceProvider Services { get; }

    public static async Task<BenchDatabase> CreateAsync(DatabaseProvider provider, string? server)
    {
        BenchDatabase database;
        if (provider == DatabaseProvider.Postgres)
        {
            var name = $"dxbench_projects_{Guid.NewGuid():N}";
            await ExecuteAsync(server!, $"CREATE DATABASE \"{name}\"");
            var connection = new NpgsqlConnectionStringBuilder(server) { Database = name, CommandTimeout = 0 }.ToString();
            database = new BenchDatabase(provider, connection, async () =>
            {
                NpgsqlConnection.ClearAllPools();
                await ExecuteAsync(server!, $"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
            });
        }
        else
        {
            var folder = Directory.CreateTempSubdirectory("dxbench-projects-");
            var connection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder.FullName, "dx.db"), Pooling = false }.ToString();
            database = new BenchDatabase(provider, connection, () =>
            {
                folder.Delete(recursive: true);
                return Task.CompletedTask;
            });
        }
        await using var scope = database.Services.CreateAsyncScope();
        await DatabaseInitializer.InitializeAsync(scope.ServiceProvider.GetRequiredService<DxDbContext>(), TimeProvider.System);
        return database;
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await _drop();
    }

    private static async Task ExecuteAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
