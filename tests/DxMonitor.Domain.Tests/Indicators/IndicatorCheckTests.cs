using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Tests.Indicators;

public sealed class IndicatorCheckTests
{
    internal static Indicator Make(IndicatorValueType type, decimal? min = null, decimal? max = null,
        AggregationRule aggregation = AggregationRule.Sum) => new()
        {
            Code = "PRV.TEST",
            NameVi = "Thử",
            NameEn = "Test",
            DefinitionVi = "",
            DefinitionEn = "",
            UnitOfMeasureVi = "",
            UnitOfMeasureEn = "",
            ValueType = type,
            ReportingLevels = UnitLevels.Province,
            PeriodType = PeriodType.Quarter,
            Aggregation = aggregation,
            Minimum = min,
            Maximum = max,
        };

    private static readonly Period Q1 = Period.Parse("2024Q1");

    [Fact]
    public void A_valid_value_has_no_problems() =>
        Assert.Empty(Make(IndicatorValueType.Percentage).Check(87.5m, null, Q1, UnitLevel.Province));

    [Fact]
    public void A_percentage_over_100_is_refused_naming_the_value()
    {
        var problem = Assert.Single(Make(IndicatorValueType.Percentage).Check(100.5m, null, Q1, UnitLevel.Province));
        Assert.Equal("value", problem.Field);
        Assert.Contains("above the maximum 100", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_negative_count_is_refused() =>
        Assert.Equal("value", Assert.Single(Make(IndicatorValueType.Number, min: 0).Check(-1, null, Q1, UnitLevel.Province)).Field);

    [Fact]
    public void A_yes_no_indicator_takes_only_one_or_zero() =>
        Assert.Contains("report 1 (yes) or 0 (no)", Assert.Single(Make(IndicatorValueType.YesNo).Check(2, null, Q1, UnitLevel.Province)).Message, StringComparison.Ordinal);

    [Fact]
    public void The_wrong_period_type_is_refused_naming_the_period()
    {
        var problem = Assert.Single(Make(IndicatorValueType.Number).Check(1, null, Period.Parse("2024M01"), UnitLevel.Province));
        Assert.Equal("period", problem.Field);
        Assert.Contains("per quarter, not per month", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_unit_of_a_level_that_does_not_report_it_is_refused() =>
        Assert.Equal("unit", Assert.Single(Make(IndicatorValueType.Number).Check(1, null, Q1, UnitLevel.Ministry)).Field);

    [Fact]
    public void Only_counts_of_units_take_a_denominator()
    {
        Assert.Equal("denominator", Assert.Single(Make(IndicatorValueType.Number).Check(1, 63, Q1, UnitLevel.Province)).Field);
        Assert.Empty(Make(IndicatorValueType.YesNo, aggregation: AggregationRule.CountMeeting).Check(1, 63, Q1, UnitLevel.Province));
    }

    [Fact]
    public void A_count_cannot_exceed_its_denominator() =>
        Assert.Contains("cannot exceed", Assert.Single(Make(IndicatorValueType.UnitCount).Check(64, 63, Q1, UnitLevel.Province)).Message, StringComparison.Ordinal);
}
