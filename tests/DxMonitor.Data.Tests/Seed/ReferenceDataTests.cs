using DxMonitor.Data.Seed;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Data.Tests.Seed;

public sealed class ReferenceDataTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_real_national_figures_are_seeded_on_the_nation_each_citing_its_report(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var nation = await db.Units.SingleAsync(u => u.Level == UnitLevel.Nation);
        var values = await db.DataValues.ToListAsync();
        var resolution = await db.Indicators.SingleAsync(i => i.Code == "PRV.DX_RESOLUTION");

        Assert.True(values.Count >= 60, $"only {values.Count} national figures");
        Assert.All(values, v => Assert.Equal(nation.Id, v.UnitId));
        Assert.All(values, v => Assert.NotNull(v.SourceId));
        Assert.All(values, v => Assert.False(v.IsSample));
        var q1 = values.Single(v => v.IndicatorId == resolution.Id && v.PeriodCode == "2022Q1");
        Assert.Equal((48m, 63m), (q1.Value, q1.Denominator));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_seeded_value_fits_its_indicators_rules(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var indicators = await db.Indicators.ToDictionaryAsync(i => i.Id);
        var values = await db.DataValues.ToListAsync();

        Assert.All(values, v =>
        {
            var indicator = indicators[v.IndicatorId];
            Assert.Equal(indicator.PeriodType, Period.Parse(v.PeriodCode).Type);
            // The nation's value of a counted indicator is a count of units (48 of 63), not a unit's 0/1.
            if (indicator.Aggregation == AggregationRule.CountMeeting)
            {
                Assert.Equal(decimal.Truncate(v.Value), v.Value);
                Assert.InRange(v.Value, 0m, v.Denominator ?? decimal.MaxValue);
            }
            else
            {
                Assert.Null(v.Denominator);
                Assert.DoesNotContain(indicator.Check(v.Value, null, v.Period, indicator.ReportingLevels.Members().First()), p => p.Field == "value");
            }
        });
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Seeding_twice_adds_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var before = await db.Units.CountAsync();

        Assert.False(await ReferenceDataSeeder.SeedAsync(db, TimeProvider.System));
        Assert.Equal(before, await db.Units.CountAsync());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Targets_cite_a_legal_source_and_a_deadline(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var db = database.CreateContext();
        var online = await db.Indicators.SingleAsync(i => i.Code == "PRV.ONLINE_DOSSIER_RATE");
        var targets = await db.Targets.ToListAsync();

        Assert.True(targets.Count >= 10);
        Assert.All(targets, t => Assert.False(string.IsNullOrWhiteSpace(t.LegalSourceVi)));
        Assert.Contains(targets, t => t.IndicatorId == online.Id && t.Value == 95m && t.Deadline == new DateOnly(2025, 12, 31));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_database_seeded_by_an_earlier_version_gets_the_indicators_added_since(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using (var old = database.CreateContext())
        {
            // As if seeded before the portal evaluator existed.
            await old.Indicators.Where(i => i.Code == "PRV.PORTAL_SCORE" || i.Code == "MIN.PORTAL_SCORE").ExecuteDeleteAsync();
        }
        await using var db = database.CreateContext();
        var count = await db.Indicators.CountAsync();

        var seededAgain = await ReferenceDataSeeder.SeedAsync(db, TimeProvider.System);
        var again = await ReferenceDataSeeder.SeedAsync(db, TimeProvider.System);

        Assert.False(seededAgain || again);
        Assert.Equal(count + 2, await db.Indicators.CountAsync());
        Assert.Equal("Điểm đánh giá tự động Hệ thống thông tin giải quyết TTHC của tỉnh",
            (await db.Indicators.SingleAsync(i => i.Code == "PRV.PORTAL_SCORE")).NameVi);
    }
}
