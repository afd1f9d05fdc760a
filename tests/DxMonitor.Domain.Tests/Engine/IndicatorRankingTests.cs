using DxMonitor.Domain.Engine;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Units;
using static DxMonitor.Domain.Tests.Builders;

namespace DxMonitor.Domain.Tests.Engine;

public sealed class IndicatorRankingTests
{
    private const int Teams = 0;

    [Fact]
    public void Provinces_rank_best_first_with_the_change_from_last_year_through_the_merger()
    {
        var engine = EngineWorld.Create();
        engine.Report(Teams, 2, "2024Q4", 50);
        engine.Report(Teams, 3, "2024Q4", 30);
        engine.Report(Teams, 4, "2024Q4", 40);
        engine.Report(Teams, 2, "2025Q4", 60);
        engine.Report(Teams, 5, "2025Q4", 65);
        engine.RecomputeAll();

        var places = IndicatorRanking.Rank(engine, Teams, [engine.U(2), engine.U(5)], 2025);

        Assert.Equal([engine.U(5), engine.U(2)], places.Select(p => p.Unit));
        Assert.Equal(1, places[0].Rank);
        Assert.Equal(70, places[0].Previous); // P5's 2024 is its predecessors' 30 + 40
        Assert.Equal(1, places[0].PreviousRank);
        Assert.Equal(2, places[1].PreviousRank);
    }

    [Fact]
    public void Equal_values_share_a_rank_and_lower_is_better_when_the_indicator_says_so()
    {
        var units = new[]
        {
            Unit(1, "VN", UnitLevel.Nation), Unit(2, "A", parent: 1), Unit(3, "B", parent: 1), Unit(4, "C", parent: 1),
        };
        var engine = new RollupEngine(new UnitGraph(units, []),
            [Indicator(100, "DEAD_ZONES", AggregationRule.Sum, UnitLevels.Province, direction: Direction.LowerIsBetter)], 2024, 2025);
        engine.Report(0, 2, "2025Q4", 5);
        engine.Report(0, 3, "2025Q4", 2);
        engine.Report(0, 4, "2025Q4", 5);
        engine.RecomputeAll();

        var places = IndicatorRanking.Rank(engine, 0, [engine.U(2), engine.U(3), engine.U(4)], 2025);

        Assert.Equal([1, 2, 2], places.Select(p => p.Rank));
        Assert.Equal("B", engine.Units.Units[places[0].Unit].Code);
        Assert.All(places, p => Assert.Null(p.Previous));
    }
}
