using DxMonitor.Domain.DxIndex;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Tests.DxIndex;

/// <summary>What a methodology decides beyond weights: peer groups, the missing-value rule, awaiting data, the scale, the year in force.</summary>
public sealed class MethodologyRulesTests
{
    private static readonly PillarDefinition Pillar = new("P", "P", "P", 1,
        [new("A", 1), new("B", 1), new(null, 1, Code: "P.3", NameVi: "Chờ dữ liệu", NameEn: "Awaiting data")]);

    private static double? Value(string code, int unit) => (code, unit) switch
    {
        ("A", _) => unit * 10,
        ("B", 4) => null, // unit 4 did not report B
        ("B", _) => unit,
        _ => null,
    };

    [Fact]
    public void Peer_groups_are_normalised_and_ranked_each_on_their_own()
    {
        var index = new IndexDefinition("X", "X", "X", UnitLevel.Ministry, [Pillar], PeerGroups:
            [new PeerGroup("WITH", "Có", "With", ["M1", "M2"]), new PeerGroup("WITHOUT", "Không", "Without", ["M3"])]);
        string? GroupOf(int unit) => unit switch { 1 or 2 => "WITH", 3 => "WITHOUT", _ => null };

        var scores = IndexCalculator.Compute(index, [1, 2, 3], Value, _ => Direction.HigherIsBetter, GroupOf);

        Assert.Equal([("WITH", 2, 1), ("WITH", 1, 2), ("WITHOUT", 3, 1)], scores.Select(s => (s.Group!, s.Unit, s.Rank)));
        Assert.Equal(scores.Single(s => s.Unit == 2).Score, scores.Single(s => s.Unit == 3).Score, 9); // each best of its group
    }

    [Fact]
    public void Awaiting_data_scores_nothing_for_anyone_and_is_not_the_units_missing_value()
    {
        var index = new IndexDefinition("X", "X", "X", UnitLevel.Province, [Pillar], MaxScore: 1000);

        var scores = IndexCalculator.Compute(index, [1, 2, 4], Value, _ => Direction.HigherIsBetter);

        var best = scores.Single(s => s.Unit == 2);
        Assert.Equal(1000 * (1.0 / 9 + 1.0 / 3), best.Score, 9); // A a third of the way up, B the best; the awaiting third scores 0 for everyone
        Assert.Equal(0, best.MissingCount);
        Assert.Equal(1, scores.Single(s => s.Unit == 4).MissingCount);
        Assert.All(scores, s => Assert.True(s.Components.Single(c => c.Indicator == "P.3").AwaitingData));
    }

    [Fact]
    public void Reweighting_shares_a_missing_values_weight_among_the_main_indicators_other_values()
    {
        var zero = new IndexDefinition("X", "X", "X", UnitLevel.Province, [Pillar]);
        var reweight = zero with { Missing = MissingValue.Reweight };

        var byZero = IndexCalculator.Compute(zero, [1, 4], Value, _ => Direction.HigherIsBetter).Single(s => s.Unit == 4);
        var byReweight = IndexCalculator.Compute(reweight, [1, 4], Value, _ => Direction.HigherIsBetter).Single(s => s.Unit == 4);

        Assert.Equal(100.0 / 3, byZero.Score, 9);
        Assert.Equal(100, byReweight.Score, 9); // only A has a value: it carries the whole main indicator
        Assert.Equal(0, byReweight.Components.Single(c => c.Indicator == "B").Weight);
    }

    [Fact]
    public void A_year_without_its_own_methodology_keeps_the_latest_adopted_before_it()
    {
        var old = new IndexDefinition("X", "Cũ", "Old", UnitLevel.Province, [Pillar]);
        var schedule = new IndexSchedule("X", [new AdoptedMethodology(2022, 1, 1, "a", old), new AdoptedMethodology(2025, 2, 1, "b", old with { NameEn = "New" })]);

        Assert.Null(schedule.For(2021));
        Assert.Equal(["a", "a", "a", "b", "b"], new[] { 2022, 2023, 2024, 2025, 2026 }.Select(y => schedule.For(y)!.Hash));
    }

    [Fact]
    public void The_hash_names_the_content_and_changes_with_any_weight()
    {
        var index = new IndexDefinition("X", "X", "X", UnitLevel.Province, [Pillar]);
        var json = MethodologyJson.Serialize(index);

        Assert.Equal(MethodologyJson.Hash(index), MethodologyJson.Hash(MethodologyJson.Deserialize(json)));
        Assert.NotEqual(MethodologyJson.Hash(index), MethodologyJson.Hash(index with { Pillars = [Pillar with { Weight = 2 }] }));
    }
}
