using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Tests.Operations;

/// <summary>
/// Migrations only go forward: a product started on a database that a newer version migrated (its history names a
/// migration this build lacks) stops at once, says why in its log, exits non-zero, and changes nothing.
/// </summary>
public sealed class NewerDatabaseTests
{
    private const string FutureMigration = "29991231000000_FromANewerVersion";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_product_refuses_to_start_on_a_database_migrated_by_a_newer_version(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        int applied;
        await using (var db = database.CreateContext())
        {
            await db.Database.ExecuteSqlRawAsync(
                $"INSERT INTO \"__EFMigrationsHistory\" (\"MigrationId\", \"ProductVersion\") VALUES ('{FutureMigration}', '99.0.0')");
            applied = (await db.Database.GetAppliedMigrationsAsync()).Count();
        }

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => ProductProcess.StartAsync(database));

        Assert.Contains("The product exited with 1 while starting", refused.Message, StringComparison.Ordinal);
        Assert.Contains("The database was migrated by a newer version of DxMonitor", refused.Message, StringComparison.Ordinal);
        Assert.Contains(FutureMigration, refused.Message, StringComparison.Ordinal);
        Assert.Contains("restore the backup taken before the upgrade", refused.Message, StringComparison.Ordinal);
        await using (var db = database.CreateContext())
        {
            Assert.Equal(applied, (await db.Database.GetAppliedMigrationsAsync()).Count());
        }
    }
}
