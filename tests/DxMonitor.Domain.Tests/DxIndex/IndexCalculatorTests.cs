using DxMonitor.Domain.DxIndex;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Tests.DxIndex;

public sealed class IndexCalculatorTests
{
    private static readonly IndexDefinition Index = new("DTI", "Chỉ số", "Index", UnitLevel.Province,
    [
        new PillarDefinition("GOV", "Chính quyền số", "Digital government", 2, [new("ONLINE", 1), new("GRADE", 1)]),
        new PillarDefinition("INFRA", "Hạ tầng", "Infrastructure", 1, [new("TWO_G", 1), new("FIBRE", 1, Normalisation.DistanceToTarget, 80)]),
    ]);

    private static readonly Dictionary<(string, int), double> Values = new()
    {
        [("ONLINE", 1)] = 90,
        [("ONLINE", 2)] = 50,
        [("ONLINE", 3)] = 70,
        [("GRADE", 1)] = 3,
        [("GRADE", 2)] = 1,
        [("GRADE", 3)] = 2,
        [("TWO_G", 1)] = 2,
        [("TWO_G", 2)] = 10,
        [("TWO_G", 3)] = 6,
        [("FIBRE", 1)] = 88,
        [("FIBRE", 2)] = 40,
    };

    private static IReadOnlyList<UnitScore> Compute() => IndexCalculator.Compute(Index, [1, 2, 3],
        (code, unit) => Values.TryGetValue((code, unit), out var v) ? v : null,
        code => code == "TWO_G" ? Direction.LowerIsBetter : Direction.HigherIsBetter);

    [Fact]
    public void Scores_rank_peers_and_explain_every_point()
    {
        var scores = Compute();

        Assert.Equal([1, 3, 2], scores.Select(s => s.Unit));
        Assert.Equal([1, 2, 3], scores.Select(s => s.Rank));
        var best = scores[0];
        Assert.Equal(100, best.Score, 9);
        Assert.Equal(best.Score, best.Components.Sum(c => c.Points), 9);
        Assert.Equal(best.Score, best.Pillars.Sum(p => p.Points), 9);
        Assert.Equal(100.0 * 2 / 3, best.Pillars.Single(p => p.Pillar == "GOV").MaxPoints, 9);
    }

    [Fact]
    public void Lower_is_better_indicators_score_the_lowest_value_best()
    {
        var twoG = Compute().ToDictionary(s => s.Unit, s => s.Components.Single(c => c.Indicator == "TWO_G").Normalised);
        Assert.Equal((1.0, 0.0, 0.5), (twoG[1], twoG[2], twoG[3]));
    }

    [Fact]
    public void Distance_to_target_caps_at_the_target()
    {
        var fibre = Compute().ToDictionary(s => s.Unit, s => s.Components.Single(c => c.Indicator == "FIBRE").Normalised);
        Assert.Equal((1.0, 0.5), (fibre[1], fibre[2]));
    }

    [Fact]
    public void A_missing_value_scores_nothing_and_is_flagged()
    {
        var third = Compute().Single(s => s.Unit == 3);
        var fibre = third.Components.Single(c => c.Indicator == "FIBRE");
        Assert.True(fibre.Missing);
        Assert.Equal(0, fibre.Points);
        Assert.Equal(1, third.MissingCount);
    }

    [Fact]
    public void Equal_scores_share_a_rank()
    {
        var index = new IndexDefinition("X", "X", "X", UnitLevel.Province, [new PillarDefinition("P", "P", "P", 1, [new("A", 1)])]);
        var scores = IndexCalculator.Compute(index, [1, 2, 3], (_, unit) => unit == 3 ? 1 : 5, _ => Direction.HigherIsBetter);
        Assert.Equal([1, 1, 3], scores.Select(s => s.Rank));
    }

    [Fact]
    public void A_definition_with_bad_weights_or_unknown_indicators_says_what_is_wrong()
    {
        var bad = new IndexDefinition("X", "X", "X", UnitLevel.Province,
            [new PillarDefinition("P", "P", "P", 0, [new("NOPE", -1), new("A", 1, Normalisation.DistanceToTarget)])]);

        var problems = bad.Problems(code => code == "A");

        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.Contains("unknown indicator NOPE", StringComparison.Ordinal));
    }
}
