using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Tests.Cluster;

/// <summary>
/// Instances started at the same moment on a database that does not exist yet: one creates, migrates and seeds it
/// while the others wait for it, and all come up over one set of reference data, one administrator, one token, one key.
/// </summary>
public sealed class FirstStartTests
{
    [Fact]
    public async Task Three_instances_started_together_on_a_new_database_all_come_up_over_one_setup()
    {
        await using var database = await TestDatabase.NewPostgresAsync();
        var starting = Enumerable.Range(0, 3).Select(_ => ProductProcess.StartAsync(database)).ToList();
        try
        {
            await Task.WhenAll(starting);
        }
        finally
        {
            foreach (var started in starting.Where(s => s.IsCompletedSuccessfully))
            {
                await (await started).DisposeAsync();
            }
        }

        await using var db = database.CreateContext();
        Assert.Equal(1, await db.Users.CountAsync());
        Assert.Equal(1, await db.ApiTokens.CountAsync());
        Assert.Equal(1, await db.DataProtectionKeys.CountAsync());
        Assert.Empty(await db.Units.GroupBy(u => u.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToListAsync());
        Assert.Empty(await db.Indicators.GroupBy(i => i.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToListAsync());
        Assert.True(await db.Units.CountAsync() > 34, "the seeded units");
    }
}
