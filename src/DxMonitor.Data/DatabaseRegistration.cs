using DxMonitor.Data.Audit;
using DxMonitor.Data.Postgres;
using DxMonitor.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DxMonitor.Data;

public static class DatabaseRegistration
{
    /// <summary>Registers <see cref="DxDbContext"/> for the configured provider, with the audit interceptor.</summary>
    public static IServiceCollection AddDxDatabase(this IServiceCollection services, DatabaseOptions options)
    {
        services.AddScoped<DataValueAuditInterceptor>();
        services.AddScoped<RecordAuditInterceptor>();
        if (options.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContext<PostgresDxDbContext>((sp, builder) => builder
                .UseNpgsql(options.ConnectionString)
                .AddInterceptors(sp.GetRequiredService<DataValueAuditInterceptor>(), sp.GetRequiredService<RecordAuditInterceptor>()));
            services.AddScoped<DxDbContext>(sp => sp.GetRequiredService<PostgresDxDbContext>());
        }
        else
        {
            EnsureSqliteFolder(options.ConnectionString);
            services.AddDbContext<SqliteDxDbContext>((sp, builder) => builder
                .UseSqlite(options.ConnectionString)
                .AddInterceptors(sp.GetRequiredService<DataValueAuditInterceptor>(), sp.GetRequiredService<RecordAuditInterceptor>()));
            services.AddScoped<DxDbContext>(sp => sp.GetRequiredService<SqliteDxDbContext>());
        }
        return services;
    }

    private static void EnsureSqliteFolder(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(folder) && file != ":memory:")
        {
            Directory.CreateDirectory(folder);
        }
    }
}
