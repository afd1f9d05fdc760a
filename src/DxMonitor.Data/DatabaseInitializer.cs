using DxMonitor.Data.Seed;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Data;

/// <summary>Brings a database to the current schema and seeds reference data into an empty one.</summary>
public static class DatabaseInitializer
{
    public static async Task InitializeAsync(DxDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        await ReferenceDataSeeder.SeedAsync(db, clock, ct);
    }
}
