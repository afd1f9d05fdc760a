using DxMonitor.Data;
using DxMonitor.Web.Hosting;
using Microsoft.Data.Sqlite;

namespace DxMonitor.Web.Operations;

/// <summary>
/// Commands for operators, run by the product's own program in place of the web host, with the product's settings
/// (appsettings, environment variables, --Key=value): <c>backup --to FILE</c> while the product runs, and
/// <c>restore --from FILE</c> while it is stopped (SQLite only: PostgreSQL is backed up with pg_dump, docs/operations.md);
/// <c>recount-dossiers</c> rebuilds the dossier summary rows from the stored dossiers, on either database.
/// </summary>
public static class OperatorCommands
{
    private const string Usage = """
        Usage: dotnet DxMonitor.Web.dll backup --to FILE     copy the SQLite database while the product runs
               dotnet DxMonitor.Web.dll restore --from FILE  put a backup in place (the product must be stopped)
               dotnet DxMonitor.Web.dll recount-dossiers     rebuild the dossier summary rows from the stored dossiers
        Settings as for the product (appsettings.json, environment variables, --Database:ConnectionString=...).
        """;

    public static bool Recognises(string[] args) => args is ["backup" or "restore" or "recount-dossiers", ..];

    /// <returns>The exit code: 0 done, 1 failed, 2 wrong use.</returns>
    public static int Run(string[] args)
    {
        if (args is ["recount-dossiers", .. var recountSettings])
        {
            return RecountDossiers(WebApplication.CreateBuilder(recountSettings).DatabaseOptions());
        }
        if (args is not [var verb, var option, var file, .. var settings] || (verb, option) is not (("backup", "--to") or ("restore", "--from")))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }
        var options = WebApplication.CreateBuilder(settings).DatabaseOptions();
        if (options.Provider == DatabaseProvider.Postgres)
        {
            Console.Error.WriteLine("The database is PostgreSQL: back it up with pg_dump -Fc and restore it with pg_restore (docs/operations.md).");
            return 2;
        }
        try
        {
            if (verb == "backup")
            {
                SqliteBackup.BackUp(options.ConnectionString, file);
                Console.WriteLine($"Backed up {new SqliteConnectionStringBuilder(options.ConnectionString).DataSource} to {Path.GetFullPath(file)}.");
                return 0;
            }
            using var running = new SqliteFileLock();
            running.Acquire(options.ConnectionString); // the product must not be running on the file being replaced
            var kept = SqliteBackup.Restore(options.ConnectionString, file);
            Console.WriteLine($"Restored {Path.GetFullPath(file)}; the database as it was is kept in {kept}.");
            return 0;
        }
        catch (Exception e) when (e is IOException or SqliteException or InvalidDataException or InvalidOperationException)
        {
            Console.Error.WriteLine($"DxMonitor {verb} failed: {e.Message}");
            return 1;
        }
    }

    private static int RecountDossiers(DatabaseOptions options)
    {
        using var services = new ServiceCollection()
            .AddSingleton<Data.Audit.IAuditContext>(new Data.Audit.SystemAuditContext("recount-dossiers"))
            .AddSingleton(TimeProvider.System)
            .AddDxDatabase(options).BuildServiceProvider();
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
        var rows = Data.Dossiers.Summaries.DossierSummaries.RebuildAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        Console.WriteLine($"Recounted the dossier summary rows from the stored dossiers: {rows:N0} rows.");
        return 0;
    }
}
