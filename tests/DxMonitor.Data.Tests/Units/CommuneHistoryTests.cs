using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Data.Tests.Units;

public sealed class CommuneHistoryTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Districts_end_in_2025_and_their_communes_history_rolls_into_the_new_commune(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var merger = new DateOnly(2025, 7, 1);
        var oldProvince = await db.Units.SingleAsync(u => u.Code == "P02-2025");
        var newProvince = await db.Units.SingleAsync(u => u.Code == "P08");
        var district = new OrgUnit { Code = "D026-2025", AdminCode = "026", Level = UnitLevel.District, NameVi = "Huyện Đồng Văn", NameEn = "Dong Van District", ParentId = oldProvince.Id, ValidTo = merger };
        db.Units.Add(district);
        await db.SaveChangesAsync();
        var communes = new[] { "Xã Lũng Cú", "Xã Ma Lé" }
            .Select((name, i) => new OrgUnit { Code = $"C0071{i}-2025", Level = UnitLevel.Commune, NameVi = name, NameEn = name, ParentId = district.Id, ValidTo = merger })
            .ToList();
        var merged = new OrgUnit { Code = "C00712", Level = UnitLevel.Commune, NameVi = "Xã Lũng Cú", NameEn = "Lung Cu Commune", ParentId = newProvince.Id, ValidFrom = merger };
        db.Units.AddRange([.. communes, merged]);
        await db.SaveChangesAsync();
        db.UnitSuccessions.AddRange(communes.Select(c => new UnitSuccession { PredecessorId = c.Id, SuccessorId = merged.Id, EffectiveOn = merger, Share = 1m }));
        await db.SaveChangesAsync();

        await using var read = database.CreateContext();
        var units = await read.Units.ToListAsync();
        var lineage = new Lineage(units, await read.UnitSuccessions.ToListAsync());

        Assert.Equal(["Xã Lũng Cú", "Xã Ma Lé"], units.Where(u => u.ParentId == district.Id && u.IsValidOn(new(2025, 6, 30))).Select(u => u.NameVi).Order());
        Assert.DoesNotContain(units, u => u.Level == UnitLevel.District && u.IsValidOn(merger));
        Assert.Equal(communes.Select(c => c.Id).Order(), lineage.ContributorsFor(merged.Id, Period.Parse("2025Q2")).Select(c => c.UnitId));
        Assert.Equal(newProvince.Id, units.Single(u => u.Code == "C00712").ParentId);
    }
}
