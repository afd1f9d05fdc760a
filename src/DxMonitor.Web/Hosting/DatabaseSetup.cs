using DxMonitor.Data;
using DxMonitor.Data.Audit;
using DxMonitor.Web.Accounts;
using DxMonitor.Web.Demo;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DxMonitor.Web.Hosting;

public static partial class DatabaseSetup
{
    public static void AddDatabase(this WebApplicationBuilder builder)
    {
        var options = builder.DatabaseOptions();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IAuditContext, RequestAuditContext>();
        builder.Services.AddSingleton<SqliteFileLock>();
        builder.Services.AddDxDatabase(options);
    }

    /// <summary>The configured database, a relative SQLite file placed under the content root.</summary>
    public static DatabaseOptions DatabaseOptions(this WebApplicationBuilder builder) => Configured(builder.Configuration, builder.Environment);

    /// <summary>
    /// Brings the database to the current schema, seeds it, creates the first administrator, their token and the first
    /// data-protection key: on PostgreSQL one instance at a time (<see cref="FirstStartLock"/>), so that instances
    /// started together on an empty database all come up; on SQLite only if no other process has the file.
    /// False, logged, when a newer version migrated the database: the product must not start on it.
    /// </summary>
    public static async Task<bool> SetUpDatabaseAsync(this WebApplication app)
    {
        try
        {
            await SetUpAsync(app);
            return true;
        }
        catch (DatabaseNewerThanProductException e)
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseSetup));
            LogNewerDatabase(logger, e.Message);
            return false;
        }
    }

    private static async Task SetUpAsync(WebApplication app)
    {
        var options = Configured(app.Configuration, app.Environment);
        if (options.Provider != DatabaseProvider.Postgres)
        {
            app.Services.GetRequiredService<SqliteFileLock>().Acquire(options.ConnectionString);
            await PrepareAsync(app);
            return;
        }
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger<FirstStartLock>();
        await using (await FirstStartLock.AcquireAsync(options.ConnectionString, logger, app.Lifetime.ApplicationStopping))
        {
            await PrepareAsync(app);
        }
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
        await DatabaseInitializer.InitializeAsync(db, app.Services.GetRequiredService<TimeProvider>());
    }

    private static DatabaseOptions Configured(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = configuration.GetSection(Data.DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        options.ConnectionString = options.WithSqliteFileUnder(environment.ContentRootPath);
        return options;
    }

    private static async Task PrepareAsync(WebApplication app)
    {
        await app.InitializeDatabaseAsync();
        await app.PrepareDemoAsync();
        await app.EnsureFirstAdminUserAsync();
        await app.EnsureFirstAdminTokenAsync();
        // Made now, under the lock: instances that each made their own first key would not read each other's cookies at first.
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector(nameof(SetUpDatabaseAsync)).Protect([]);
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Refusal}")]
    private static partial void LogNewerDatabase(ILogger logger, string refusal);
}
