using DxMonitor.Data.Seed;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Data;

/// <summary>Brings a database to the current schema and seeds reference data into an empty one.</summary>
public static class DatabaseInitializer
{
    /// <exception cref="DatabaseNewerThanProductException">A newer version migrated the database; nothing was changed.</exception>
    public static async Task InitializeAsync(DxDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        if (await UnknownMigrationsAsync(db, ct) is { Count: > 0 } unknown)
        {
            throw new DatabaseNewerThanProductException(unknown);
        }
        await db.Database.MigrateAsync(ct);
        await ReferenceDataSeeder.SeedAsync(db, clock, ct);
    }

    /// <summary>Migrations the database's history names that this build does not have (migrations only go forward).</summary>
    public static async Task<IReadOnlyList<string>> UnknownMigrationsAsync(DxDbContext db, CancellationToken ct = default)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        return [.. (await db.Database.GetAppliedMigrationsAsync(ct)).Where(m => !known.Contains(m))];
    }
}
