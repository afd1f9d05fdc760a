using DxMonitor.Data;
using DxMonitor.Data.Audit;
using DxMonitor.Web.Accounts;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DxMonitor.Web.Hosting;

public static class DatabaseSetup
{
    public static void AddDatabase(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        options.ConnectionString = options.WithSqliteFileUnder(builder.Environment.ContentRootPath);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IAuditContext, RequestAuditContext>();
        builder.Services.AddDxDatabase(options);
    }

    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
        await DatabaseInitializer.InitializeAsync(db, app.Services.GetRequiredService<TimeProvider>());
    }
}
