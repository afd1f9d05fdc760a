using DxMonitor.Domain.ServiceIndex;

namespace DxMonitor.Domain.Tests.ServiceIndex;

public sealed class ServiceIndexDefinitionTests
{
    [Fact]
    public void The_seeded_definition_has_the_six_groups_of_decision_766_and_no_problem()
    {
        var definition = Decision766.Definition;
        Assert.Empty(definition.Problems());
        Assert.Equal([18m, 20m, 12m, 10m, 22m, 18m], definition.Groups.Select(g => g.MaxPoints));
        Assert.All(definition.Groups, g => Assert.Equal(g.MaxPoints, g.Components.Sum(c => c.Weight)));
        Assert.Equal(202208, definition.ValidFromMonth);
    }

    [Fact]
    public void Every_problem_is_named_by_its_place_in_the_definition()
    {
        var seeded = Decision766.Definition;
        var broken = seeded with
        {
            ValidFrom = "2025Q1",
            Groups =
            [
                seeded.Groups[0] with { Components = [seeded.Groups[0].Components[0] with { Weight = 0 }, seeded.Groups[0].Components[1] with { Code = "PUB.PROCEDURES" }] },
                seeded.Groups[1] with { Components = [seeded.Groups[1].Components[0] with { FullAt = 120, Levels = [] }] },
                .. seeded.Groups.Skip(2),
            ],
        };

        var problems = broken.Problems().Select(p => p.Field).ToList();

        Assert.Contains("validFrom", problems);
        Assert.Contains("groups[0].components[0].weight", problems);
        Assert.Contains("groups[0].components[1].code", problems);
        Assert.Contains("groups[0].maxPoints", problems); // 0 + 12 < 18: never reached
        Assert.Contains("groups[1].components[0].fullAt", problems);
        Assert.Contains("groups[1].components[0].levels", problems);
    }

    [Fact]
    public void A_period_is_scored_by_the_version_in_force_in_its_month()
    {
        var later = Decision766.Definition with { Version = "766-2026", ValidFrom = "2026M01" };
        var versions = new ServiceIndexVersions([later]);
        Assert.Equal("766-2022", versions.InForce(202512).Version);
        Assert.Equal("766-2026", versions.InForce(202601).Version);
        Assert.Equal("766-2022", versions.InForce(202001).Version); // before any: the seeded one
    }

    [Fact]
    public void A_stored_version_reads_back_as_it_was_written()
    {
        var stored = ServiceIndexVersion.Of(Decision766.Definition with { Version = "766-X" });
        var read = stored.Definition;
        Assert.Equal(("766-X", 202208), (read.Version, stored.ValidFromMonth));
        Assert.Equal(Decision766.Definition.Groups.SelectMany(g => g.Components).Select(c => (c.Code, c.Measure, c.Weight)),
            read.Groups.SelectMany(g => g.Components).Select(c => (c.Code, c.Measure, c.Weight)));
    }
}
