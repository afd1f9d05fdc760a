using DxMonitor.Domain.Engine;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Monitoring;
using DxMonitor.Domain.Tests.Engine;
using DxMonitor.Domain.Units;
using static DxMonitor.Domain.Tests.Builders;

namespace DxMonitor.Domain.Tests.Monitoring;

public sealed class PeerOutlierRuleTests
{
    private static RollupEngine TenCommunes()
    {
        var units = new List<OrgUnit> { Unit(1, "VN", UnitLevel.Nation), Unit(2, "P2", parent: 1) };
        units.AddRange(Enumerable.Range(10, 10).Select(id => Unit(id, $"C{id}", UnitLevel.Commune, 2)));
        return new RollupEngine(new UnitGraph(units, []),
            [Indicator(100, "SHARE", AggregationRule.WeightedAverage, weightIndex: 1), Indicator(101, "COUNT", AggregationRule.Sum)], 2024, 2025);
    }

    [Fact]
    public void A_rate_far_from_its_peers_is_an_outlier_but_a_large_count_is_not()
    {
        var engine = TenCommunes();
        foreach (var id in Enumerable.Range(10, 10))
        {
            engine.Report(0, id, "2024Q4", id == 19 ? 5 : 78 + id % 4);
            engine.Report(1, id, "2024Q4", id == 18 ? 100_000 : 1_000 + id);
        }
        engine.RecomputeAll();

        var found = PeerOutlierRule.Evaluate(engine, new DateOnly(2025, 1, 20)).ToList();

        var outlier = Assert.Single(found);
        Assert.Equal("outlier-peers:SHARE:C19:2024Q4", outlier.Fingerprint);
        Assert.Contains("các đơn vị cùng cấp", outlier.SummaryVi, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_few_peers_give_no_verdict()
    {
        var engine = TenCommunes();
        foreach (var id in new[] { 10, 11, 12, 19 })
        {
            engine.Report(0, id, "2024Q4", id == 19 ? 5 : 80);
        }
        engine.RecomputeAll();

        Assert.Empty(PeerOutlierRule.Evaluate(engine, new DateOnly(2025, 1, 20)));
    }
}
