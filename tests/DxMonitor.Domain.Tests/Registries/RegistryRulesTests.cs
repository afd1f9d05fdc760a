using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Registries;
using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Tests.Registries;

public sealed class RegistryRulesTests
{
    private static readonly RegistryDefinition DeadZones = RegistryCatalogue.Find(RegistryCatalogue.DeadZones)!;

    private static RegistryEntry Entry(string registry, params (string Key, string Value)[] fields) => new()
    {
        Registry = registry,
        UnitId = 1,
        Name = "x",
        UpdatedAt = DateTime.UnixEpoch,
        Fields = fields.ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal),
    };

    [Fact]
    public void Values_are_stored_in_invariant_form_and_text_in_NFC()
    {
        var (name, fields, problems) = RegistryRules.Normalise(DeadZones, "  Thôn Nà Li\u0301  ",
            new Dictionary<string, string?> { ["commune"] = "Xã Pà Vầy Sủ", ["since"] = "2023-01-05", ["gridPower"] = "có" });

        Assert.Empty(problems);
        Assert.Equal("Thôn Nà Lí", name);
        Assert.Equal(("2023-01-05", "1"), (fields["since"], fields["gridPower"]));
    }

    [Fact]
    public void Every_problem_names_its_field()
    {
        var (_, _, problems) = RegistryRules.Normalise(DeadZones, "",
            new Dictionary<string, string?> { ["since"] = "05/01/2023", ["gridPower"] = "maybe", ["colour"] = "red" });

        Assert.Equal(["name", "fields.since", "fields.gridPower", "fields.colour", "fields.commune"], problems.Select(p => p.Field));
    }

    [Fact]
    public void A_dead_zone_cannot_close_before_it_began()
    {
        var (_, _, problems) = RegistryRules.Normalise(DeadZones, "Bản Mồ",
            new Dictionary<string, string?> { ["commune"] = "Xã A", ["since"] = "2024-03-01", ["closedOn"] = "2024-02-01" });

        Assert.Equal("fields.closedOn", Assert.Single(problems).Field);
    }

    [Fact]
    public void Dead_zones_count_those_open_at_the_periods_end()
    {
        var q = Period.Parse("2024Q2");
        IReadOnlyList<RegistryEntry> entries =
        [
            Entry("dead-zones", ("since", "2023-01-01"), ("gridPower", "1")),
            Entry("dead-zones", ("since", "2023-01-01"), ("closedOn", "2024-06-30")),
            Entry("dead-zones", ("since", "2023-01-01"), ("closedOn", "2024-07-01")),
            Entry("dead-zones", ("since", "2024-07-01")),
        ];

        var counts = DeadZones.Count(entries, UnitLevel.Province, q).ToDictionary(c => c.Indicator, c => c.Value);

        Assert.Equal(2m, counts["PRV.DEAD_ZONES"]);
        Assert.Equal(1m, counts["PRV.VILLAGES_GRID_NO_MOBILE"]);
    }

    [Fact]
    public void Community_teams_count_teams_and_add_up_members()
    {
        var teams = RegistryCatalogue.Find(RegistryCatalogue.CommunityTeams)!;
        IReadOnlyList<RegistryEntry> entries = [Entry("community-teams", ("members", "7")), Entry("community-teams", ("members", "5"), ("establishedOn", "2030-01-01"))];

        var counts = teams.Count(entries, UnitLevel.Province, Period.Parse("2025Q3")).ToDictionary(c => c.Indicator, c => c.Value);

        Assert.Equal((1m, 7m), (counts["PRV.CDT_TEAMS"], counts["PRV.CDT_MEMBERS"]));
    }

    [Fact]
    public void Violations_count_those_reported_in_the_period_and_catalogues_count_for_the_level()
    {
        var violations = RegistryCatalogue.Find(RegistryCatalogue.DataSharingViolations)!;
        var catalogues = RegistryCatalogue.Find(RegistryCatalogue.DatabaseCatalogues)!;
        IReadOnlyList<RegistryEntry> reported = [Entry("v", ("reportedOn", "2025-08-01")), Entry("v", ("reportedOn", "2025-06-30"))];

        Assert.Equal(1m, Assert.Single(violations.Count(reported, UnitLevel.Province, Period.Parse("2025Q3"))).Value);
        Assert.Equal("MIN.DATABASES_CATALOGUED", Assert.Single(catalogues.Count([], UnitLevel.Ministry, Period.Parse("2025Q3"))).Indicator);
    }
}
