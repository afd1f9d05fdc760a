using DxMonitor.Domain.Alerts;
using DxMonitor.Domain.DxIndex;
using DxMonitor.Domain.Engine;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Monitoring;
using DxMonitor.Domain.Progress;
using DxMonitor.Domain.Tests.Engine;
using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Tests.Monitoring;

public sealed class MonitoringPassTests
{
    private static readonly DateOnly Today = new(2025, 11, 20);

    private static MonitoringResult Run(Action<RollupEngine> report, PassSettings? options = null)
    {
        var engine = EngineWorld.Create();
        report(engine);
        engine.RecomputeAll();
        var target = new TargetInput(9, 0, UnitLevel.Province, new TargetSpec(100, new DateOnly(2025, 12, 31), Direction.HigherIsBetter));
        var index = new IndexDefinition("DTI", "DTI", "DTI", UnitLevel.Province,
            [new PillarDefinition("P", "P", "P", 1, [new ComponentDefinition("TEAMS", 1), new ComponentDefinition("SPEED", 1)])]);
        return MonitoringPass.Run(engine, [target], [IndexSchedule.Always(index)], options ?? new PassSettings(Today, Overdue: false));
    }

    [Fact]
    public void A_province_growing_too_slowly_raises_one_behind_alert_naming_it()
    {
        var result = Run(e =>
        {
            e.Report(0, 10, "2024Q3", 10);
            e.Report(0, 10, "2025Q3", 12);
            e.Report(0, 5, "2024Q3", 60); // a merged province reports under its successor from 2025Q3 only
            e.Report(0, 5, "2025Q3", 99);
        });

        var behind = Assert.Single(result.Candidates, c => c.Rule == AlertRule.BehindTrajectory);
        Assert.Equal("behind:t9:P2", behind.Fingerprint);
        Assert.Contains("chậm so với lộ trình", behind.SummaryVi, StringComparison.Ordinal);
        Assert.Equal(2, result.Progress.Count); // the two provinces valid today
    }

    [Fact]
    public void A_ranking_with_a_silent_province_flags_its_missing_values()
    {
        var result = Run(e =>
        {
            e.Report(0, 10, "2025Q3", 10);
            e.Report(4, 2, "2025Q3", 40);
        });

        var year = result.Indexes.Single(i => i.Year == 2025);
        Assert.Equal(2, year.Scores.Count);
        Assert.Contains(result.Candidates, c => c.Rule == AlertRule.MissingForRanking && c.Fingerprint == "ranking:DTI:2025:P5");
    }

    [Fact]
    public void Units_that_have_not_reported_a_due_period_are_overdue_once_per_period()
    {
        var result = Run(e => e.Report(0, 10, "2025Q2", 1), new PassSettings(Today, OverdueGraceDays: 15, Outliers: false));

        var overdue = result.Candidates.Where(c => c.Rule == AlertRule.ReportOverdue).ToList();
        Assert.Contains(overdue, c => c.Fingerprint == "overdue:C10:2025Q3");
        Assert.Equal(overdue.Count, overdue.Select(c => c.Fingerprint).Distinct().Count());
        Assert.DoesNotContain(overdue, c => c.Fingerprint.Contains("-2025", StringComparison.Ordinal)); // dissolved units owe nothing
    }

    [Fact]
    public void A_jump_far_outside_a_units_history_is_an_outlier()
    {
        var result = Run(e =>
        {
            foreach (var (q, v) in new[] { ("2024Q3", 100.0), ("2024Q4", 102.0), ("2025Q1", 98.0), ("2025Q2", 101.0), ("2025Q3", 1000.0) })
            {
                e.Report(0, 11, q, v);
            }
        });

        Assert.Contains(result.Candidates, c => c.Rule == AlertRule.Outlier && c.Fingerprint == "outlier:TEAMS:C11:2025Q3");
    }

    [Fact]
    public void A_late_or_corrected_value_of_an_older_period_is_checked_too()
    {
        var result = Run(e =>
        {
            foreach (var (q, v) in new[] { ("2024Q1", 98.0), ("2024Q2", 100.0), ("2024Q3", 101.0), ("2024Q4", 99.0), ("2025Q1", 5000.0), ("2025Q2", 100.0), ("2025Q3", 102.0) })
            {
                e.Report(0, 11, q, v);
            }
        });

        // 2025Q1 is not the latest finished quarter: a correction typed into it later is still suspicious.
        Assert.Contains(result.Candidates, c => c.Rule == AlertRule.Outlier && c.Fingerprint == "outlier:TEAMS:C11:2025Q1");
        Assert.DoesNotContain(result.Candidates, c => c.Rule == AlertRule.Outlier && c.Fingerprint == "outlier:TEAMS:C11:2025Q3");
    }
}
