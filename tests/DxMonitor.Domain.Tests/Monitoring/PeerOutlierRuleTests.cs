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

    [Theory]
    [InlineData("2024Q4")]
    [InlineData("2024Q3")]
    public void An_update_after_a_report_finds_the_peer_outliers_a_full_pass_finds(string period)
    {
        var settings = new PassSettings(new DateOnly(2025, 1, 20), Overdue: false);
        RollupEngine Reported()
        {
            var engine = TenCommunes();
            foreach (var id in Enumerable.Range(10, 10))
            {
                foreach (var q in new[] { "2024Q3", "2024Q4" })
                {
                    engine.Report(0, id, q, 78 + id % 4);
                    engine.Report(1, id, q, 1_000 + id);
                }
            }
            engine.RecomputeAll();
            return engine;
        }
        var incremental = Reported();
        var full = Reported();
        var previous = MonitoringPass.Run(incremental, [], [], settings);
        foreach (var engine in new[] { incremental, full })
        {
            engine.Report(0, 19, period, 5);
        }

        var touched = incremental.RecomputeAfterReport(incremental.U(19), [(0, incremental.Q(period))]);
        var updated = MonitoringUpdate.Apply(incremental, [], [], settings, previous, incremental.U(19), touched);
        full.RecomputeAll();

        Assert.Equal(MonitoringPass.Run(full, [], [], settings).Candidates.Select(c => c.Fingerprint).Order(StringComparer.Ordinal),
            updated.Candidates.Select(c => c.Fingerprint).Order(StringComparer.Ordinal));
        Assert.Equal(period == "2024Q4", updated.Candidates.Any(c => c.Fingerprint == "outlier-peers:SHARE:C19:2024Q4"));
    }
}
