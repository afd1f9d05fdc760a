using System.Globalization;
using DxMonitor.Domain;
using DxMonitor.Domain.Periods;

namespace DxMonitor.Domain.Tests.Periods;

public sealed class PeriodTests
{
    [Theory]
    [InlineData("2024", PeriodType.Year, "2024-01-01", "2024-12-31")]
    [InlineData("2024H2", PeriodType.Half, "2024-07-01", "2024-12-31")]
    [InlineData("2024Q1", PeriodType.Quarter, "2024-01-01", "2024-03-31")]
    [InlineData("2024M02", PeriodType.Month, "2024-02-01", "2024-02-29")]
    [InlineData("2023m02", PeriodType.Month, "2023-02-01", "2023-02-28")]
    [InlineData(" 2025q3 ", PeriodType.Quarter, "2025-07-01", "2025-09-30")]
    public void Parses_codes_into_type_and_dates(string code, PeriodType type, string start, string end)
    {
        var period = Period.Parse(code);

        Assert.Equal(type, period.Type);
        Assert.Equal(DateOnly.Parse(start, CultureInfo.InvariantCulture), period.Start);
        Assert.Equal(DateOnly.Parse(end, CultureInfo.InvariantCulture), period.End);
    }

    [Theory]
    [InlineData(null, "is not a period code")]
    [InlineData("", "is not a period code")]
    [InlineData("24Q1", "is not a period code")]
    [InlineData("2024Q5", "between 1 and 4, not 5")]
    [InlineData("2024Q0", "between 1 and 4, not 0")]
    [InlineData("2024M13", "between 1 and 12, not 13")]
    [InlineData("2024M3", "is not a period code")]
    [InlineData("2024H3", "between 1 and 2, not 3")]
    [InlineData("2024W01", "is not a period code")]
    [InlineData("2024Q1x", "is not a period code")]
    [InlineData("1890", "outside 1990-2100")]
    [InlineData("2024Q-1", "is not a period code")]
    [InlineData("２０２４", "is not a period code")]
    public void Rejects_nonsense_with_a_clear_message(string? code, string expected)
    {
        Assert.False(Period.TryParse(code, out _, out var error));
        Assert.Contains(expected, error, StringComparison.Ordinal);
        var thrown = Assert.Throws<RuleViolationException>(() => Period.Parse(code));
        Assert.Equal("period", thrown.Field);
    }

    [Theory]
    [InlineData("2024M05", PeriodType.Quarter, "2024Q2")]
    [InlineData("2024M05", PeriodType.Half, "2024H1")]
    [InlineData("2024Q4", PeriodType.Year, "2024")]
    [InlineData("2024Q3", PeriodType.Quarter, "2024Q3")]
    public void Finds_the_enclosing_period(string code, PeriodType longer, string expected) =>
        Assert.Equal(expected, Period.Parse(code).In(longer).Code);

    [Fact]
    public void Cannot_place_a_longer_period_in_a_shorter_one() =>
        Assert.Throws<RuleViolationException>(() => Period.Parse("2024").In(PeriodType.Quarter));

    [Fact]
    public void Steps_across_year_boundaries()
    {
        Assert.Equal("2025Q1", Period.Parse("2024Q4").Next().Code);
        Assert.Equal("2023M12", Period.Parse("2024M01").Previous().Code);
        Assert.Equal("2024H1", Period.Parse("2023H2").Next().Code);
    }

    [Fact]
    public void Orders_by_start_then_longer_first()
    {
        var sorted = new[] { "2024Q2", "2024M01", "2024", "2023Q4", "2024Q1" }.Select(Period.Parse).Order().Select(p => p.Code);
        Assert.Equal(["2023Q4", "2024", "2024Q1", "2024M01", "2024Q2"], sorted);
    }

    [Fact]
    public void A_year_contains_its_quarters_but_not_the_next_years()
    {
        var year = Period.Parse("2024");
        Assert.True(year.Contains(Period.Parse("2024Q4")));
        Assert.False(year.Contains(Period.Parse("2025Q1")));
    }

    [Fact]
    public void Codes_round_trip() =>
        Assert.All(new[] { "2024", "2024H1", "2024Q3", "2024M11" }, code => Assert.Equal(code, Period.Parse(code).Code));
}
