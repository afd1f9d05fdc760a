using DxMonitor.Data;
using DxMonitor.Data.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Demo;

/// <summary>
/// <c>dotnet run --project src/DxMonitor.Web -- --demo</c>: the product on a SQLite file of its own
/// (<see cref="DatabaseFile"/>, whatever database is configured), filled with generated figures on first start, every
/// page saying "Dữ liệu mẫu". A demo database refuses a normal start, and a database with real figures refuses demo
/// data, so the two never mix.
/// </summary>
public static partial class DemoMode
{
    public const string Flag = "--demo";
    public const string DatabaseFile = "data/dxmonitor-demo.db";

    /// <summary>Whether the arguments ask for demo mode; the flag itself is taken out, the rest left for the host.</summary>
    public static bool Take(ref string[] args)
    {
        var demo = args.Contains(Flag, StringComparer.Ordinal);
        args = [.. args.Where(a => a != Flag)];
        return demo;
    }

    /// <summary>Before the database is registered: the demo's own SQLite file and the demo switch, over any configuration.</summary>
    public static void UseDemo(this WebApplicationBuilder builder) =>
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"] = nameof(DatabaseProvider.Sqlite),
            [$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.ConnectionString)}"] = $"Data Source={DatabaseFile}",
            [$"{DemoOptions.Section}:{nameof(DemoOptions.Enabled)}"] = "true",
        });

    public static void AddDemo(this WebApplicationBuilder builder) =>
        builder.Services.AddOptions<DemoOptions>().BindConfiguration(DemoOptions.Section);

    /// <summary>After the schema and reference data: fills a demo database once; refuses to run a normal start on one.</summary>
    public static async Task PrepareDemoAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
        var enabled = app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.Enabled;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoMode));
        if (await PrepareAsync(db, enabled, app.Services.GetRequiredService<TimeProvider>()) is { Values: > 0 } seeded)
        {
            LogSeeded(logger, seeded.Values, seeded.Dossiers);
        }
    }

    /// <summary>Demo mode fills the database (once); a normal start refuses a demo database.</summary>
    public static async Task<DemoData.Seeded?> PrepareAsync(DxDbContext db, bool demo, TimeProvider clock, CancellationToken ct = default)
    {
        if (demo)
        {
            return await DemoData.SeedAsync(db, clock, ct);
        }
        if (await db.DossierBatches.AnyAsync(b => b.Channel == DemoData.Via, ct))
        {
            throw new InvalidOperationException($"This is a demo database (generated figures): start it with {Flag}, or configure another database.");
        }
        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo database filled with {Values} generated figures and {Dossiers} dossiers")]
    private static partial void LogSeeded(ILogger logger, int values, long dossiers);
}
