using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DxMonitor.Web.Tests.Operations.Backups;

namespace DxMonitor.Web.Tests.Cluster;

/// <summary>
/// Both instances of a two-instance deployment killed at once (a host or a deployment gone wrong) and started again
/// together: both come back ready, with what was written before, and in step with each other again.
/// </summary>
public sealed class ClusterRestartTests
{
    [Fact]
    public async Task Two_instances_killed_and_restarted_at_once_come_back_ready_with_the_data_and_in_step()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var (a, b) = await StartBothAsync(database);
        try
        {
            using var onA = a.Client();
            using var onB = b.Client();
            await WriteAsync(onA, 4150m);
            await Eventually.MatchAsync(() => ReadAsync(onB), v => v == 4150m, "B seeing A's write");
        }
        finally
        {
            await KillBothAsync(a, b);
        }

        (a, b) = await StartBothAsync(database);
        try
        {
            using var onA = a.Client();
            using var onB = b.Client();
            Assert.Equal(4150m, await ReadAsync(onA));
            Assert.Equal(4150m, await ReadAsync(onB));
            await WriteAsync(onB, 5200m);
            await Eventually.MatchAsync(() => ReadAsync(onA), v => v == 5200m, "A seeing B's write after the restart");
        }
        finally
        {
            await KillBothAsync(a, b);
        }
        await using var db = database.CreateContext();
        Assert.Equal(2, await db.DataValueChanges.CountAsync(c => c.PeriodCode == Period && (c.NewValue == 4150m || c.NewValue == 5200m)));
    }

    private static Task KillBothAsync(ProductProcess a, ProductProcess b) => Task.WhenAll(a.DisposeAsync().AsTask(), b.DisposeAsync().AsTask());

    private static async Task<(ProductProcess A, ProductProcess B)> StartBothAsync(TestDatabase database)
    {
        var a = ProductProcess.StartAsync(database);
        var b = ProductProcess.StartAsync(database);
        try
        {
            await Task.WhenAll(a, b);
        }
        catch
        {
            foreach (var started in new[] { a, b }.Where(s => s.IsCompletedSuccessfully))
            {
                await (await started).DisposeAsync();
            }
            throw;
        }
        return (await a, await b);
    }
}
