using DxMonitor.Domain.Engine;
using DxMonitor.Domain.Periods;

namespace DxMonitor.Domain.Tests.Engine;

public sealed class RollupEngineTests
{
    private static ResolvedCell At(RollupEngine engine, int indicator, int unitId, string period) =>
        engine.Resolve(indicator, engine.U(unitId), Period.Parse(period));

    [Fact]
    public void Communes_add_up_to_their_province_and_provinces_to_the_nation()
    {
        var engine = EngineWorld.Create();
        engine.Report(0, 10, "2025Q3", 5);
        engine.Report(0, 11, "2025Q3", 7);
        engine.Report(0, 5, "2025Q3", 30);

        engine.RecomputeAll();

        Assert.Equal(new ResolvedCell(12, double.NaN, CellSource.RolledUp), At(engine, 0, 2, "2025Q3"));
        Assert.Equal(42, At(engine, 0, 1, "2025Q3").Value);
        Assert.Equal(CellSource.Reported, At(engine, 0, 5, "2025Q3").Source);
    }

    [Fact]
    public void A_units_own_report_wins_over_its_childrens_total()
    {
        var engine = EngineWorld.Create();
        engine.Report(0, 10, "2025Q3", 5);
        engine.Report(0, 2, "2025Q3", 50);

        engine.RecomputeAll();

        Assert.Equal(50, At(engine, 0, 2, "2025Q3").Value);
    }

    [Fact]
    public void Rates_roll_up_as_the_ratio_of_their_parts()
    {
        var engine = EngineWorld.Create();
        engine.Report(1, 10, "2025Q3", 1000);
        engine.Report(1, 11, "2025Q3", 3000);
        engine.Report(2, 10, "2025Q3", 90);
        engine.Report(2, 11, "2025Q3", 50);

        engine.RecomputeAll();

        Assert.Equal(60, At(engine, 2, 2, "2025Q3").Value, 9);
        Assert.Equal(4000, At(engine, 1, 2, "2025Q3").Value);
    }

    [Fact]
    public void Counting_provinces_meeting_a_condition_counts_the_silent_ones_in_the_denominator()
    {
        var engine = EngineWorld.Create();
        engine.Report(3, 3, "2024Q4", 1);
        engine.Report(3, 4, "2024Q4", 0);

        engine.RecomputeAll();

        var nation = At(engine, 3, 1, "2024Q4");
        Assert.Equal((1, 3), (nation.Value, nation.Denominator)); // P2 did not report: 1 of 3
    }

    [Fact]
    public void History_rolls_up_through_the_old_provinces_and_resolves_for_their_successor()
    {
        var engine = EngineWorld.Create();
        engine.Report(0, 20, "2024Q4", 8);
        engine.Report(0, 21, "2024Q4", 4);
        engine.Report(0, 10, "2024Q4", 1);

        engine.RecomputeAll();

        Assert.Equal(13, At(engine, 0, 1, "2024Q4").Value);
        Assert.Equal(8, At(engine, 0, 3, "2024Q4").Value);
        Assert.Equal(new ResolvedCell(12, double.NaN, CellSource.Predecessors), At(engine, 0, 5, "2024Q4"));
    }

    [Fact]
    public void A_successor_has_no_history_while_a_predecessor_is_silent()
    {
        var engine = EngineWorld.Create();
        engine.Report(0, 20, "2024Q4", 8);

        engine.RecomputeAll();

        Assert.False(At(engine, 0, 5, "2024Q4").HasValue);
    }

    [Fact]
    public void A_year_takes_the_last_quarter_of_a_stock_and_the_sum_of_a_flow()
    {
        var engine = EngineWorld.Create();
        foreach (var (q, v) in new[] { ("2025Q1", 10.0), ("2025Q2", 20.0), ("2025Q3", 30.0) })
        {
            engine.Report(4, 2, q, v);
        }
        engine.RecomputeAll();

        Assert.Equal(30, engine.ResolveYear(4, engine.U(2), 2025).Value);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void An_incremental_update_after_one_report_equals_a_full_recompute(int seed)
    {
        var random = new Random(seed);
        var incremental = EngineWorld.Create();
        var full = EngineWorld.Create();
        int[] communes = [10, 11, 12, 20, 21];
        foreach (var engine in new[] { incremental, full })
        {
            var r = new Random(seed);
            foreach (var commune in communes)
            {
                foreach (var q in new[] { "2024Q3", "2024Q4", "2025Q3" })
                {
                    engine.Report(0, commune, q, r.Next(100));
                    engine.Report(1, commune, q, r.Next(1, 5000));
                    engine.Report(2, commune, q, r.Next(101));
                }
            }
            engine.RecomputeAll();
        }
        var unit = communes[random.Next(communes.Length)];
        var period = unit >= 20 ? "2024Q4" : "2025Q3";
        foreach (var engine in new[] { incremental, full })
        {
            engine.Report(0, unit, period, 999);
            engine.Report(1, unit, period, 12345);
        }

        incremental.RecomputeAfterReport(incremental.U(unit), [(0, incremental.Q(period)), (1, incremental.Q(period))]);
        full.RecomputeAll();

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(full.Columns[i].Effective, incremental.Columns[i].Effective);
        }
    }
}
