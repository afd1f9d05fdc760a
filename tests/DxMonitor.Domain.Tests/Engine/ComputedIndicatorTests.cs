using DxMonitor.Domain.Engine;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;
using static DxMonitor.Domain.Tests.Builders;

namespace DxMonitor.Domain.Tests.Engine;

public sealed class ComputedIndicatorTests
{
    private static Domain.Indicators.Indicator Catalogued(int id, string code, AggregationRule rule = AggregationRule.Sum, string? formula = null)
    {
        var indicator = new Indicator
        {
            Code = code,
            NameVi = code,
            NameEn = code,
            DefinitionVi = "",
            DefinitionEn = "",
            UnitOfMeasureVi = "",
            UnitOfMeasureEn = "",
            ValueType = IndicatorValueType.Number,
            ReportingLevels = UnitLevels.Commune,
            PeriodType = PeriodType.Quarter,
            Aggregation = formula is null ? rule : AggregationRule.None,
            Formula = formula,
        };
        typeof(Domain.Indicators.Indicator).GetProperty(nameof(Domain.Indicators.Indicator.Id))!.SetValue(indicator, id); // ids are database-assigned
        return indicator;
    }

    private static RollupEngine Engine(params Domain.Indicators.Indicator[] indicators)
    {
        var units = new[] { Unit(1, "VN", UnitLevel.Nation), Unit(2, "P2", parent: 1), Unit(10, "C10", UnitLevel.Commune, 2), Unit(11, "C11", UnitLevel.Commune, 2) };
        return new RollupEngine(new UnitGraph(units, []), EngineIndicator.From(indicators), 2025, 2025);
    }

    private static RollupEngine OnlineShare() => Engine(
        Catalogued(1, "ONLINE"), Catalogued(2, "TOTAL"), Catalogued(3, "SHARE", formula: "100 * ONLINE / TOTAL"));

    [Fact]
    public void A_computed_rate_is_the_ratio_of_the_rolled_up_parts_at_every_level()
    {
        var engine = OnlineShare();
        engine.Report(0, 10, "2025Q1", 90);
        engine.Report(1, 10, "2025Q1", 100);
        engine.Report(0, 11, "2025Q1", 10);
        engine.Report(1, 11, "2025Q1", 100);

        engine.RecomputeAll();

        Assert.Equal(90, engine.Resolve(2, engine.U(10), Period.Parse("2025Q1")).Value, 9);
        Assert.Equal(50, engine.Resolve(2, engine.U(2), Period.Parse("2025Q1")).Value, 9);
        Assert.Equal(50, engine.Resolve(2, engine.U(1), Period.Parse("2025Q1")).Value, 9);
    }

    [Fact]
    public void Division_by_zero_gives_no_value_not_infinity()
    {
        var engine = OnlineShare();
        engine.Report(0, 10, "2025Q1", 5);
        engine.Report(1, 10, "2025Q1", 0);

        engine.RecomputeAll();

        Assert.False(engine.Resolve(2, engine.U(10), Period.Parse("2025Q1")).HasValue);
    }

    [Fact]
    public void A_formula_is_recomputed_after_a_report_of_one_of_its_inputs()
    {
        var engine = OnlineShare();
        engine.Report(0, 10, "2025Q1", 20);
        engine.Report(1, 10, "2025Q1", 100);
        engine.RecomputeAll();

        engine.Report(0, 10, "2025Q1", 80);
        engine.RecomputeAfterReport(engine.U(10), [(0, engine.Q("2025Q1"))]);

        Assert.Equal(80, engine.Resolve(2, engine.U(2), Period.Parse("2025Q1")).Value, 9);
    }

    [Fact]
    public void A_formula_with_an_unknown_code_is_refused_naming_it()
    {
        var error = Assert.Throws<RuleViolationException>(() => OnlineShareWith("100 * ONLINE / TOTLA"));
        Assert.Contains("SHARE", error.Message, StringComparison.Ordinal);
        Assert.Contains("TOTLA", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Formulas_that_depend_on_each_other_in_a_cycle_are_refused()
    {
        var error = Assert.Throws<RuleViolationException>(() => Engine(
            Catalogued(1, "A", formula: "B + 1"), Catalogued(2, "B", formula: "A * 2")));
        Assert.Contains("cycle", error.Message, StringComparison.Ordinal);
        Assert.Contains("A -> B -> A", error.Message, StringComparison.Ordinal);
    }

    private static RollupEngine OnlineShareWith(string formula) =>
        Engine(Catalogued(1, "ONLINE"), Catalogued(2, "TOTAL"), Catalogued(3, "SHARE", formula: formula));
}
