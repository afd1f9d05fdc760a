using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Data.Tests.Units;

public sealed class UnitHierarchyTests
{
    private static async Task<int> CountValidAsync(DxDbContext db, UnitLevel level, DateOnly day)
    {
        var units = await db.Units.Where(u => u.Level == level).ToListAsync();
        return units.Count(u => u.IsValidOn(day));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Sixty_three_provinces_until_the_merger_and_thirty_four_from_1_July_2025(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        Assert.Equal(63, await CountValidAsync(db, UnitLevel.Province, new(2025, 6, 30)));
        Assert.Equal(34, await CountValidAsync(db, UnitLevel.Province, new(2025, 7, 1)));
        Assert.Equal(63, await CountValidAsync(db, UnitLevel.Province, new(2022, 3, 28)));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Twenty_two_ministries_in_the_reports_era_and_seventeen_from_March_2025(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();

        Assert.Equal(22, await CountValidAsync(db, UnitLevel.Ministry, new(2025, 2, 28)));
        Assert.Equal(17, await CountValidAsync(db, UnitLevel.Ministry, new(2025, 3, 1)));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_dissolved_province_passes_wholly_to_a_province_valid_after_the_merger(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var units = await db.Units.ToDictionaryAsync(u => u.Id);
        var successions = await db.UnitSuccessions.ToListAsync();
        var dissolved = units.Values.Where(u => u.Level == UnitLevel.Province && u.ValidTo == new DateOnly(2025, 7, 1)).ToList();

        Assert.Equal(52, dissolved.Count);
        Assert.All(dissolved, old =>
        {
            var links = successions.Where(s => s.PredecessorId == old.Id).ToList();
            Assert.Equal(1m, links.Sum(s => s.Share));
            Assert.All(links, s => Assert.True(units[s.SuccessorId].IsValidOn(new(2025, 7, 1)), $"{old.Code} passes to a valid unit"));
        });
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task New_Tuyen_Quang_was_formed_from_Ha_Giang_and_old_Tuyen_Quang(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var tuyenQuang = await db.Units.SingleAsync(u => u.Code == "P08");
        var predecessorIds = await db.UnitSuccessions.Where(s => s.SuccessorId == tuyenQuang.Id).Select(s => s.PredecessorId).ToListAsync();
        var names = await db.Units.Where(u => predecessorIds.Contains(u.Id)).Select(u => u.NameVi).ToListAsync();

        Assert.Equal("Tỉnh Tuyên Quang", tuyenQuang.NameVi);
        Assert.Equal(["Tỉnh Hà Giang", "Tỉnh Tuyên Quang"], names.Order(StringComparer.Ordinal));
    }
}
