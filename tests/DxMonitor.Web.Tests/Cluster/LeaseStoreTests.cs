using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Web.Leases;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Tests.Cluster;

public sealed class LeaseStoreTests
{
    private static readonly DateTime T0 = new(2026, 12, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Duration = TimeSpan.FromSeconds(30);

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task One_holder_at_a_time_until_its_lease_expires_then_another_takes_it(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        Assert.True(await LeaseStore.TakeOrRenewAsync(db, "work", "a", T0, T0 + Duration, CancellationToken.None));
        Assert.False(await LeaseStore.TakeOrRenewAsync(db, "work", "b", T0.AddSeconds(10), T0.AddSeconds(10) + Duration, CancellationToken.None));
        Assert.True(await LeaseStore.TakeOrRenewAsync(db, "work", "a", T0.AddSeconds(20), T0.AddSeconds(20) + Duration, CancellationToken.None));
        Assert.False(await LeaseStore.TakeOrRenewAsync(db, "work", "b", T0.AddSeconds(45), T0.AddSeconds(45) + Duration, CancellationToken.None));
        Assert.True(await LeaseStore.TakeOrRenewAsync(db, "work", "b", T0.AddSeconds(51), T0.AddSeconds(51) + Duration, CancellationToken.None));

        var lease = await db.Leases.AsNoTracking().SingleAsync(l => l.Name == "work");
        Assert.Equal(("b", T0.AddSeconds(51)), (lease.Holder, DateTime.SpecifyKind(lease.AcquiredAt, DateTimeKind.Utc)));
        Assert.False(await LeaseStore.ConfirmAsync(db, "work", "a", T0.AddSeconds(52), T0.AddSeconds(82), CancellationToken.None));
        Assert.True(await LeaseStore.ConfirmAsync(db, "work", "b", T0.AddSeconds(52), T0.AddSeconds(82), CancellationToken.None));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_released_lease_is_taken_at_once_and_leases_are_independent(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        await LeaseStore.TakeOrRenewAsync(db, "send", "a", T0, T0 + Duration, CancellationToken.None);

        Assert.True(await LeaseStore.TakeOrRenewAsync(db, "schedule", "b", T0, T0 + Duration, CancellationToken.None));
        await LeaseStore.ReleaseAsync(db, "send", "a", CancellationToken.None);
        Assert.True(await LeaseStore.TakeOrRenewAsync(db, "send", "b", T0.AddSeconds(1), T0.AddSeconds(1) + Duration, CancellationToken.None));
    }

    [Fact]
    public async Task Of_many_instances_racing_for_a_new_lease_on_PostgreSQL_exactly_one_gets_it()
    {
        await using var database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres);
        var winners = await Task.WhenAll(Enumerable.Range(0, 8).Select(async i =>
        {
            await using var db = database.CreateContext();
            return await LeaseStore.TakeOrRenewAsync(db, "race", $"instance-{i}", T0, T0 + Duration, CancellationToken.None);
        }));

        Assert.Equal(1, winners.Count(w => w));
    }
}
