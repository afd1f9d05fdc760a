using DxMonitor.Domain.DxIndex;
using DxMonitor.Domain.Engine;
using DxMonitor.Domain.Formulas;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Monitoring;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Progress;
using DxMonitor.Domain.Tests.Engine;
using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Tests.Monitoring;

public sealed class MonitoringUpdateTests
{
    private static readonly PassSettings Settings = new(new DateOnly(2025, 11, 20));
    private static readonly TargetInput[] Targets =
    [
        new(1, 0, UnitLevel.Province, new TargetSpec(100, new DateOnly(2025, 12, 31), Direction.HigherIsBetter)),
        new(2, 0, UnitLevel.Nation, new TargetSpec(500, new DateOnly(2025, 12, 31), Direction.HigherIsBetter)),
    ];
    private static readonly IndexSchedule[] Indexes =
    [
        IndexSchedule.Always(new("DTI", "DTI", "DTI", UnitLevel.Province, [new PillarDefinition("P", "P", "P", 1, [new("TEAMS", 1), new("SPEED", 1)])])),
    ];

    private static RollupEngine Reported(int seed)
    {
        var engine = EngineWorld.Create();
        var random = new Random(seed);
        foreach (var commune in new[] { 10, 11, 12 })
        {
            foreach (var q in new[] { "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3" })
            {
                engine.Report(0, commune, q, random.Next(1, 50));
            }
        }
        engine.Report(4, 2, "2025Q3", 30);
        engine.RecomputeAll();
        return engine;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void An_update_after_one_report_gives_what_a_full_pass_gives(int seed)
    {
        var incremental = Reported(seed);
        var full = Reported(seed);
        var previous = MonitoringPass.Run(incremental, Targets, Indexes, Settings);
        foreach (var engine in new[] { incremental, full })
        {
            engine.Report(0, 11, "2025Q3", 900); // a jump: an outlier, and progress changes for P2 and the nation
        }

        var touched = incremental.RecomputeAfterReport(incremental.U(11), [(0, incremental.Q("2025Q3"))]);
        var updated = MonitoringUpdate.Apply(incremental, Targets, Indexes, Settings, previous, incremental.U(11), touched);
        full.RecomputeAll();
        var expected = MonitoringPass.Run(full, Targets, Indexes, Settings);

        Assert.Equal(expected.Progress.Select(p => (p.TargetId, p.Unit, p.Result.Status, p.Result.Latest)),
            updated.Progress.Select(p => (p.TargetId, p.Unit, p.Result.Status, p.Result.Latest)));
        Assert.Equal(expected.Indexes.Select(i => (i.Index, i.Year, string.Join(",", i.Scores.Select(s => $"{s.Unit}:{s.Score:0.000}")))),
            updated.Indexes.Select(i => (i.Index, i.Year, string.Join(",", i.Scores.Select(s => $"{s.Unit}:{s.Score:0.000}")))));
        Assert.Equal(expected.Candidates.Select(c => c.Fingerprint).Order(StringComparer.Ordinal),
            updated.Candidates.Select(c => c.Fingerprint).Order(StringComparer.Ordinal));
        Assert.Contains(updated.Candidates, c => c.Fingerprint == "outlier:TEAMS:C11:2025Q3");
    }
}

/// <summary>A catalogue change brought up to date incrementally gives what a full pass over the rebuilt engine gives.</summary>
public sealed class RecatalogueUpdateTests
{
    private static readonly PassSettings Settings = new(new DateOnly(2025, 11, 20));
    private static readonly IndexSchedule[] Indexes =
    [
        IndexSchedule.Always(new("DTI", "DTI", "DTI", UnitLevel.Province, [new PillarDefinition("P", "P", "P", 1, [new("TEAMS", 1), new("SPEED", 1)])])),
    ];

    private static readonly TargetInput[] Before =
    [
        new(1, 0, UnitLevel.Province, new TargetSpec(100, new DateOnly(2025, 12, 31), Direction.HigherIsBetter)),
        new(2, 4, UnitLevel.Province, new TargetSpec(80, new DateOnly(2025, 12, 31), Direction.HigherIsBetter)),
        new(3, 1, UnitLevel.Province, new TargetSpec(1000, new DateOnly(2025, 12, 31), Direction.HigherIsBetter)),
    ];

    private static RollupEngine Reported(int seed)
    {
        var engine = EngineWorld.Create();
        var random = new Random(seed);
        foreach (var commune in new[] { 10, 11, 12 })
        {
            foreach (var q in new[] { "2024Q3", "2024Q4", "2025Q1", "2025Q2", "2025Q3" })
            {
                engine.Report(0, commune, q, random.Next(1, 50));
                engine.Report(4, commune, q, random.Next(10, 90));
                engine.Report(1, commune, q, random.Next(100, 900));
            }
        }
        engine.Report(0, 11, "2025Q3", 900);
        engine.RecomputeAll();
        return engine;
    }

    /// <summary>TEAMS now judged lower-is-better, a computed indicator added with a target, SPEED's target raised.</summary>
    private static (List<EngineIndicator> Indicators, TargetInput[] Targets) Changed(RollupEngine engine)
    {
        var indicators = engine.Indicators.ToList();
        indicators[0] = indicators[0] with { Direction = Direction.LowerIsBetter };
        indicators.Add(new EngineIndicator(105, "TEAMS_DOUBLED", AggregationRule.Sum, -1, null, indicators[0].ReportingLevels, PeriodType.Quarter,
            TimeAggregation.Last, Direction.HigherIsBetter)
        { Inputs = [0], Formula = Formula.Parse("2 * TEAMS").Bind(_ => 0) });
        return (indicators,
        [
            Before[0] with { Spec = Before[0].Spec with { Direction = Direction.LowerIsBetter } },
            Before[1] with { Spec = Before[1].Spec with { Value = 95 } },
            Before[2],
            new(4, indicators.Count - 1, UnitLevel.Province, new TargetSpec(50, new DateOnly(2025, 12, 31), Direction.HigherIsBetter)),
        ]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void An_update_after_a_catalogue_change_gives_what_a_full_pass_gives(int seed)
    {
        var running = Reported(seed);
        var previous = MonitoringPass.Run(running, Before, Indexes, Settings);
        var (indicators, targets) = Changed(running);

        var incremental = running.Recatalogued(indicators);
        incremental.RecomputeAll();
        var updated = MonitoringUpdate.AfterRecatalogue(incremental, running.Indicators, targets, Before, Indexes, Settings, previous);
        var full = running.Recatalogued(indicators);
        full.RecomputeAll();
        var expected = MonitoringPass.Run(full, targets, Indexes, Settings);

        Assert.NotNull(updated);
        Assert.Equal(expected.Progress.Select(p => (p.TargetId, p.Indicator, p.Unit, p.Result.Status, p.Result.Latest)).Order(),
            updated.Progress.Select(p => (p.TargetId, p.Indicator, p.Unit, p.Result.Status, p.Result.Latest)).Order());
        Assert.Equal(expected.Indexes.Select(i => (i.Index, i.Year, string.Join(",", i.Scores.Select(s => $"{s.Unit}:{s.Score:0.000}")))),
            updated.Indexes.Select(i => (i.Index, i.Year, string.Join(",", i.Scores.Select(s => $"{s.Unit}:{s.Score:0.000}")))));
        Assert.Equal(expected.Candidates.Select(c => c.Fingerprint).Order(StringComparer.Ordinal),
            updated.Candidates.Select(c => c.Fingerprint).Order(StringComparer.Ordinal));
        Assert.Contains(updated.Progress, p => p.TargetId == 4); // the new target is followed
        Assert.Contains(updated.Candidates, c => c.Fingerprint == "outlier:TEAMS:C11:2025Q3");
        Assert.NotEqual(previous.Progress.Where(p => p.TargetId == 1).Select(p => p.Result.Status), updated.Progress.Where(p => p.TargetId == 1).Select(p => p.Result.Status));
    }

    [Fact]
    public void An_indicator_that_left_the_catalogue_asks_for_a_full_pass()
    {
        var running = Reported(1);
        var previous = MonitoringPass.Run(running, Before, Indexes, Settings);
        var fewer = running.Recatalogued([.. running.Indicators.Where(i => i.Code != "PLAN")]);

        Assert.Null(MonitoringUpdate.AfterRecatalogue(fewer, running.Indicators, Before, Before, Indexes, Settings, previous));
    }
}
