using System.Text;
using DxMonitor.Data.Audit;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace DxMonitor.Data.Tests.Values;

public sealed class DataValueStorageTests
{
    private sealed record Officer(string ActorName, string? ClientAddress) : IAuditContext;

    private static async Task<(int Indicator, int Unit)> FibreAndHaNoiAsync(DxDbContext db) => (
        await db.Indicators.Where(i => i.Code == "PRV.FIBRE_HOUSEHOLDS_RATE").Select(i => i.Id).SingleAsync(),
        await db.Units.Where(u => u.Code == "P01").Select(u => u.Id).SingleAsync());

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Decimals_and_Vietnamese_comments_round_trip_exactly(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var comment = "Số liệu ước tính của Sở Khoa học và Công nghệ; đã rà soát".Normalize(NormalizationForm.FormC);
        await using (var db = database.CreateContext())
        {
            var (indicator, unit) = await FibreAndHaNoiAsync(db);
            db.DataValues.Add(DataValue.Record(indicator, unit, Period.Parse("2019Q2"),
                new ValueRevision(87.123456m, null, comment, null, "officer"), new DateTime(2024, 7, 5, 3, 0, 0, DateTimeKind.Utc)));
            await db.SaveChangesAsync();
        }
        await using var read = database.CreateContext();
        var stored = await read.DataValues.SingleAsync(v => v.PeriodCode == "2019Q2");

        Assert.Equal(87.123456m, stored.Value);
        Assert.Equal(comment, stored.Comment);
        Assert.Equal(new DateOnly(2019, 4, 1), stored.PeriodStart);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_change_is_audited_with_who_when_where_old_and_new(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var clock = new FakeTimeProvider(new DateTimeOffset(2024, 7, 5, 3, 0, 0, TimeSpan.Zero));
        var audit = new Officer("nguyen.van.a", "10.1.2.3");
        await using (var db = database.CreateContext(audit, clock))
        {
            var (indicator, unit) = await FibreAndHaNoiAsync(db);
            var value = DataValue.Record(indicator, unit, Period.Parse("2019Q2"), new(80m, null, null, null, "nguyen.van.a"), clock.GetUtcNow().UtcDateTime);
            db.DataValues.Add(value);
            await db.SaveChangesAsync();
            clock.Advance(TimeSpan.FromHours(2));
            Assert.True(value.Revise(new(82.5m, null, "Sửa theo số liệu VNPT", null, "nguyen.van.a"), clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync();
            db.DataValues.Remove(value);
            await db.SaveChangesAsync();
        }
        await using var read = database.CreateContext();
        var changes = await read.DataValueChanges.Where(c => c.PeriodCode == "2019Q2").OrderBy(c => c.Id).ToListAsync();

        Assert.Equal([ChangeKind.Created, ChangeKind.Updated, ChangeKind.Deleted], changes.Select(c => c.Kind));
        Assert.Equal((null, 80m), (changes[0].OldValue, changes[0].NewValue));
        Assert.Equal((80m, 82.5m), (changes[1].OldValue, changes[1].NewValue));
        Assert.Equal((82.5m, null), (changes[2].OldValue, changes[2].NewValue));
        Assert.All(changes, c => Assert.Equal(("nguyen.van.a", "10.1.2.3"), (c.ChangedBy, c.ClientAddress)));
        Assert.Equal(new DateTime(2024, 7, 5, 5, 0, 0), changes[1].ChangedAt);
        Assert.Equal("Sửa theo số liệu VNPT", changes[1].Comment);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_failing_save_writes_neither_values_nor_audit_rows(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var db = database.CreateContext())
        {
            var (indicator, unit) = await FibreAndHaNoiAsync(db);
            var now = new DateTime(2024, 7, 5, 0, 0, 0, DateTimeKind.Utc);
            db.DataValues.Add(DataValue.Record(indicator, unit, Period.Parse("2019Q1"), new(70m, null, null, null, "a"), now));
            db.DataValues.Add(DataValue.Record(indicator, unit, Period.Parse("2019Q2"), new(71m, null, null, null, "a"), now));
            db.DataValues.Add(DataValue.Record(indicator, unit, Period.Parse("2019Q2"), new(72m, null, null, null, "a"), now)); // duplicate key
            await Assert.ThrowsAnyAsync<DbUpdateException>(() => db.SaveChangesAsync());
        }
        await using var read = database.CreateContext();
        Assert.False(await read.DataValues.AnyAsync(v => v.SubmittedBy == "a"));
        Assert.False(await read.DataValueChanges.AnyAsync(c => c.ChangedBy == "test"));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_concurrent_update_of_the_same_value_is_detected(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var now = new DateTime(2024, 7, 5, 0, 0, 0, DateTimeKind.Utc);
        await using (var db = database.CreateContext())
        {
            var (indicator, unit) = await FibreAndHaNoiAsync(db);
            db.DataValues.Add(DataValue.Record(indicator, unit, Period.Parse("2019Q3"), new(60m, null, null, null, "a"), now));
            await db.SaveChangesAsync();
        }
        await using var first = database.CreateContext();
        await using var second = database.CreateContext();
        var mine = await first.DataValues.SingleAsync(v => v.PeriodCode == "2019Q3");
        var theirs = await second.DataValues.SingleAsync(v => v.PeriodCode == "2019Q3");
        mine.Revise(new(61m, null, null, null, "a"), now);
        await first.SaveChangesAsync();
        theirs.Revise(new(62m, null, null, null, "b"), now);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }
}
