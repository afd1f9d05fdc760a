using DxMonitor.Data.Seed;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Data.Tests.Seed;

public sealed class CommuneSeedTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_3321_communes_of_1_July_2025_are_seeded_under_the_34_provinces_with_their_official_codes(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var merger = new DateOnly(2025, 7, 1);

        var communes = await db.Units.Where(u => u.Level == UnitLevel.Commune).Include(u => u.Parent).ToListAsync();

        Assert.Equal(3321, communes.Count);
        Assert.All(communes, c => Assert.Equal((merger, (DateOnly?)null, UnitLevel.Province), (c.ValidFrom!.Value, c.ValidTo, c.Parent!.Level)));
        Assert.All(communes, c => Assert.Equal("C" + c.AdminCode, c.Code));
        Assert.Equal(34, communes.Select(c => c.ParentId).Distinct().Count());
        Assert.All(communes, c => Assert.True(c.Parent!.IsValidOn(merger), c.Code));
        var hoangSa = communes.Single(c => c.AdminCode == "20333");
        Assert.Equal(("Đặc khu Hoàng Sa", "Hoang Sa Special Zone", "P48"), (hoangSa.NameVi, hoangSa.NameEn, hoangSa.Parent!.Code));
        Assert.Equal("P56", communes.Single(c => c.AdminCode == "22736").Parent!.Code); // Trường Sa, Khánh Hòa
        Assert.All(communes, c => Assert.True(c.NameVi.IsNormalized(System.Text.NormalizationForm.FormC), c.Code));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_database_seeded_before_communes_and_groups_gets_them_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var old = database.CreateContext())
        {
            await old.UnitGroups.ExecuteDeleteAsync();
            await old.Units.Where(u => u.Level == UnitLevel.Commune).ExecuteDeleteAsync();
        }
        await using var db = database.CreateContext();

        await ReferenceDataSeeder.SeedAsync(db, TimeProvider.System);
        await ReferenceDataSeeder.SeedAsync(db, TimeProvider.System);

        Assert.Equal(3321, await db.Units.CountAsync(u => u.Level == UnitLevel.Commune));
        Assert.Equal(["MIN-NO-PUBLIC-SERVICES", "MIN-PUBLIC-SERVICES"], await db.UnitGroups.OrderBy(g => g.Code).Select(g => g.Code).ToListAsync());
    }
}
