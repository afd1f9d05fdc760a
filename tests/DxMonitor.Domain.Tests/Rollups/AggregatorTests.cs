using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Rollups;

namespace DxMonitor.Domain.Tests.Rollups;

public sealed class AggregatorTests
{
    [Fact]
    public void Additive_values_of_merged_units_are_summed_not_one_kept()
    {
        var result = Aggregator.Combine(AggregationRule.Sum, [new(1, 1200), new(2, 800), new(3, 500)]);
        Assert.Equal(2500m, result.Value);
        Assert.Equal(3, result.Parts);
    }

    [Fact]
    public void Rates_are_recomputed_from_their_parts_not_averaged()
    {
        // 90% of 100,000 households and 50% of 300,000: 240,000 of 400,000 = 60%, not the plain mean 70%.
        var result = Aggregator.Combine(AggregationRule.WeightedAverage, [new(1, 90, 100_000), new(2, 50, 300_000)]);
        Assert.Equal(60m, result.Value);
    }

    [Fact]
    public void A_rate_without_its_weight_has_no_value_and_says_why()
    {
        var result = Aggregator.Combine(AggregationRule.WeightedAverage, [new(1, 90, 100_000), new(2, 50)]);
        Assert.False(result.HasValue);
        Assert.Contains("1 of 2 units have no value for the weight", result.NoValueReason, StringComparison.Ordinal);
    }

    [Fact]
    public void Counting_units_meeting_a_condition_gives_a_count_over_the_units_counted()
    {
        var parts = Enumerable.Range(1, 63).Select(i => new Contribution(i, i <= 48 ? 1 : 0)).ToList();
        var result = Aggregator.Combine(AggregationRule.CountMeeting, parts, new Condition(ComparisonOperator.GreaterOrEqual, 1));
        Assert.Equal(48m, result.Value);
        Assert.Equal(63m, result.Denominator);
    }

    [Fact]
    public void Sums_apply_the_share_of_a_split_unit() =>
        Assert.Equal(250m, Aggregator.Combine(AggregationRule.Sum, [new(1, 1000, Share: 0.25m)]).Value);

    [Fact]
    public void Nothing_to_combine_is_no_value() =>
        Assert.False(Aggregator.Combine(AggregationRule.Sum, []).HasValue);

    [Fact]
    public void A_non_aggregating_indicator_refuses_several_parts() =>
        Assert.False(Aggregator.Combine(AggregationRule.None, [new(1, 5), new(2, 6)]).HasValue);

    [Theory]
    [InlineData(ComparisonOperator.GreaterOrEqual, 80, 80, true)]
    [InlineData(ComparisonOperator.Greater, 80, 80, false)]
    [InlineData(ComparisonOperator.Less, 5, 4.99, true)]
    [InlineData(ComparisonOperator.LessOrEqual, 5, 5.01, false)]
    [InlineData(ComparisonOperator.Equal, 1, 1, true)]
    public void Conditions_compare_as_their_operator_says(ComparisonOperator op, double threshold, double value, bool met) =>
        Assert.Equal(met, new Condition(op, (decimal)threshold).IsMetBy((decimal)value));
}
