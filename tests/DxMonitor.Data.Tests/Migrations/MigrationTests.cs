using DxMonitor.Data.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Data.Tests.Migrations;

public sealed class MigrationTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Each_providers_migrations_match_the_model(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges(), $"The model changed without a {provider} migration: run scripts/add-migration.sh");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}
