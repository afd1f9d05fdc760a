using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Progress;

namespace DxMonitor.Domain.Tests.Progress;

public sealed class ProgressCalculatorTests
{
    private static readonly TargetSpec NinetyFiveByEnd2025 = new(95, new DateOnly(2025, 12, 31), Direction.HigherIsBetter);

    private static Observation At(string date, double value) => new(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), value);

    [Fact]
    public void Growth_at_the_needed_rate_is_on_track_and_substantial()
    {
        // From 50 to 95 over 4 years needs 17.4% a year; 50 -> 68.9 in 2 years is that rate.
        var result = ProgressCalculator.Evaluate(NinetyFiveByEnd2025, [At("2021-12-31", 50), At("2023-12-31", 68.9)], new DateOnly(2024, 1, 15));

        Assert.Equal(ProgressStatus.OnTrack, result.Status);
        Assert.Equal(ProgressClass.Substantial, result.Class);
        Assert.Equal(1.0, result.Ratio!.Value, 2);
        Assert.Equal(26.1, result.Gap!.Value, 6);
        Assert.Equal("compound annual growth", result.Method);
    }

    [Theory]
    [InlineData(60, ProgressStatus.Behind, ProgressClass.Limited)]
    [InlineData(64, ProgressStatus.Behind, ProgressClass.Moderate)]
    [InlineData(45, ProgressStatus.Behind, ProgressClass.Deterioration)]
    public void Slower_growth_is_behind_and_classed_by_the_Open_SDG_thresholds(double latest, ProgressStatus status, ProgressClass expected)
    {
        var result = ProgressCalculator.Evaluate(NinetyFiveByEnd2025, [At("2021-12-31", 50), At("2023-12-31", latest)], new DateOnly(2024, 1, 15));

        Assert.Equal((status, expected), (result.Status, result.Class));
    }

    [Fact]
    public void Reaching_the_target_is_achieved_even_after_the_deadline()
    {
        var result = ProgressCalculator.Evaluate(NinetyFiveByEnd2025, [At("2021-12-31", 50), At("2025-12-31", 96)], new DateOnly(2026, 3, 1));
        Assert.Equal(ProgressStatus.Achieved, result.Status);
    }

    [Fact]
    public void Falling_short_at_the_deadline_is_missed()
    {
        var result = ProgressCalculator.Evaluate(NinetyFiveByEnd2025, [At("2021-12-31", 50), At("2025-12-31", 90)], new DateOnly(2026, 1, 1));
        Assert.Equal(ProgressStatus.Missed, result.Status);
    }

    [Fact]
    public void Lower_is_better_targets_progress_when_the_value_falls()
    {
        var under5 = new TargetSpec(5, new DateOnly(2022, 12, 31), Direction.LowerIsBetter);

        var falling = ProgressCalculator.Evaluate(under5, [At("2021-12-31", 10), At("2022-06-30", 7)], new DateOnly(2022, 7, 10));
        var rising = ProgressCalculator.Evaluate(under5, [At("2021-12-31", 10), At("2022-06-30", 11)], new DateOnly(2022, 7, 10));

        Assert.Equal(ProgressStatus.OnTrack, falling.Status);
        Assert.Equal(ProgressClass.Deterioration, rising.Class);
        Assert.Equal(2, falling.Gap);
    }

    [Fact]
    public void From_zero_compound_growth_is_undefined_so_yearly_change_is_used()
    {
        var result = ProgressCalculator.Evaluate(new TargetSpec(100, new DateOnly(2025, 12, 31), Direction.HigherIsBetter),
            [At("2021-12-31", 0), At("2023-12-31", 50)], new DateOnly(2024, 1, 1));

        Assert.Equal("yearly change", result.Method);
        Assert.Equal(1.0, result.Ratio!.Value, 2);
    }

    [Fact]
    public void The_expected_value_lies_on_the_straight_line_to_the_target()
    {
        var result = ProgressCalculator.Evaluate(new TargetSpec(100, new DateOnly(2025, 12, 31), Direction.HigherIsBetter),
            [At("2021-12-31", 20), At("2023-06-30", 40)], new DateOnly(2023, 12, 31));

        Assert.Equal(60, result.Expected!.Value, 1);
    }

    [Fact]
    public void No_value_is_no_data_and_a_single_value_cannot_show_a_trend()
    {
        Assert.Equal(ProgressStatus.NoData, ProgressCalculator.Evaluate(NinetyFiveByEnd2025, [], new DateOnly(2024, 1, 1)).Status);
        var single = ProgressCalculator.Evaluate(NinetyFiveByEnd2025, [At("2023-12-31", 60)], new DateOnly(2024, 1, 1));
        Assert.Equal(ProgressStatus.NoData, single.Status);
        Assert.Contains("One observation", ProgressCalculator.Explain(single, NinetyFiveByEnd2025), StringComparison.Ordinal);
    }

    [Fact]
    public void Values_after_today_are_ignored()
    {
        var result = ProgressCalculator.Evaluate(NinetyFiveByEnd2025, [At("2021-12-31", 50), At("2030-12-31", 99)], new DateOnly(2024, 1, 1));
        Assert.Equal(50, result.Latest!.Value.Value);
    }

    [Fact]
    public void Each_result_is_explained_from_what_it_holds_when_it_is_read()
    {
        string Explain(IReadOnlyList<Observation> series, string today) =>
            ProgressCalculator.Explain(ProgressCalculator.Evaluate(NinetyFiveByEnd2025, series, DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)), NinetyFiveByEnd2025);

        Assert.Equal("No value has been reported.", Explain([], "2024-01-01"));
        Assert.Equal("96 meets the target 95.", Explain([At("2021-12-31", 50), At("2025-12-31", 96)], "2026-03-01"));
        Assert.Equal("The deadline 2025-12-31 passed at 80, short of 95.", Explain([At("2021-12-31", 50), At("2025-12-31", 80)], "2026-03-01"));
        Assert.Equal("Observed compound annual growth since 2021-12-31 is 1 of the rate needed to reach 95 by 2025-12-31.",
            Explain([At("2021-12-31", 50), At("2023-12-31", 68.9)], "2024-01-15"));
    }
}
