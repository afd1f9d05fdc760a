using DxMonitor.Domain.Periods;

namespace DxMonitor.Domain.Tests.Periods;

public sealed class RelativePeriodTests
{
    [Theory]
    [InlineData("LAST_QUARTER", "2026-12-03", "2026Q3", "2026Q3")]
    [InlineData("LAST_QUARTER", "2026-02-10", "2025Q4", "2025Q4")]
    [InlineData("THIS_QUARTER", "2026-12-03", "2026Q4", "2026Q4")]
    [InlineData("LAST_4_QUARTERS", "2026-12-03", "2025Q4", "2026Q3")]
    [InlineData("LAST_4_QUARTERS", "2026-01-01", "2025Q1", "2025Q4")]
    [InlineData("THIS_YEAR", "2026-12-03", "2026", "2026")]
    [InlineData("LAST_YEAR", "2026-12-03", "2025", "2025")]
    [InlineData("SAME_PERIOD_LAST_YEAR", "2026-12-03", "2025Q3", "2025Q3")]
    [InlineData("same_period_last_year", "2026-03-31", "2024Q4", "2024Q4")]
    [InlineData("LAST_MONTH", "2026-01-15", "2025M12", "2025M12")]
    [InlineData("THIS_MONTH", "2026-01-15", "2026M01", "2026M01")]
    public void A_relative_period_resolves_against_today_and_rolls_forward(string code, string today, string first, string last)
    {
        Assert.True(RelativePeriods.TryParse(code, out var relative));

        var span = relative.Resolve(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal((first, last), (span.First.Code, span.Last.Code));
    }

    [Fact]
    public void The_same_link_names_a_later_quarter_a_quarter_later()
    {
        Assert.True(RelativePeriods.TryParse("LAST_QUARTER", out var relative));

        Assert.Equal("2026Q3", relative.Resolve(new DateOnly(2026, 12, 3)).First.Code);
        Assert.Equal("2026Q4", relative.Resolve(new DateOnly(2027, 3, 3)).First.Code);
    }

    [Theory]
    [InlineData("2026Q1")]
    [InlineData("LAST_WEEK")]
    [InlineData(null)]
    public void Period_codes_and_unknown_words_are_not_relative(string? code) =>
        Assert.False(RelativePeriods.TryParse(code, out _));
}
