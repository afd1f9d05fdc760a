using DxMonitor.Data.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace DxMonitor.Web.Tests.Operations;

/// <summary>
/// Every SQLite migration runs in a transaction, FasterDossierIngest's table rebuild included: a first run warns of
/// nothing, and the rebuild keeps the dossiers and drops their foreign key to units.
/// </summary>
public sealed class SqliteMigrationTests
{
    private const string BeforeFasterDossierIngest = "20261124094540_AddPortals";

    [Fact]
    public async Task A_first_run_migrates_without_a_warning_and_the_dossier_rebuild_keeps_the_dossiers()
    {
        var file = Path.Combine(Path.GetTempPath(), $"dxmonitor-migrate-{Guid.NewGuid():N}.db");
        var warnings = new List<string>();
        try
        {
            await using var db = new SqliteDxDbContext(new DbContextOptionsBuilder<SqliteDxDbContext>()
                .UseSqlite(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString())
                .LogTo(warnings.Add, LogLevel.Warning).Options);
            var migrator = db.GetService<IMigrator>();

            await migrator.MigrateAsync(BeforeFasterDossierIngest);
            await db.Database.OpenConnectionAsync(); // one connection throughout, so that the pragmas below hold
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = OFF"); // a dossier of a unit this empty database lacks
            await db.Database.ExecuteSqlRawAsync("""
                INSERT INTO dossiers ("UnitId", "Number", "Channel", "Digitised", "Outcome", "ProcedureCode", "ReceivedAt", "ReceivedMonth", "Status", "UpdatedAt")
                VALUES (7, 'HS-001', 1, 1, 0, '1.001', '2025-05-02 08:00:00', 202505, 0, '2025-05-02 08:00:00')
                """);
            await db.Database.ExecuteSqlRawAsync("PRAGMA foreign_keys = ON");
            await migrator.MigrateAsync();

            Assert.Empty(warnings);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(["HS-001"], await db.Database.SqlQueryRaw<string>("SELECT \"Number\" AS \"Value\" FROM dossiers").ToListAsync());
            Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM pragma_foreign_key_list('dossiers')").SingleAsync());
            Assert.Equal(0, await db.Database.SqlQueryRaw<int>("SELECT COUNT(*) AS \"Value\" FROM sqlite_master WHERE name = 'ef_temp_dossiers'").SingleAsync());
        }
        finally
        {
            File.Delete(file);
        }
    }
}
