using System.Globalization;
using DxMonitor.Domain.Calendar;

namespace DxMonitor.Domain.Tests.Calendar;

public sealed class LunarCalendarTests
{
    [Theory]
    [InlineData(1985, "1985-01-21")] // China's Tết that year: 20 February
    [InlineData(2007, "2007-02-17")] // China's: 18 February
    [InlineData(2020, "2020-01-25")]
    [InlineData(2021, "2021-02-12")]
    [InlineData(2022, "2022-02-01")]
    [InlineData(2023, "2023-01-22")]
    [InlineData(2024, "2024-02-10")]
    [InlineData(2025, "2025-01-29")]
    [InlineData(2026, "2026-02-17")]
    [InlineData(2027, "2027-02-06")]
    [InlineData(2030, "2030-02-02")] // the new moon at 23:07 in Hà Nội, 00:07 the next day in Beijing
    public void Tet_falls_on_the_day_Vietnam_celebrates_it(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), LunarCalendar.NewYear(year));

    [Theory]
    [InlineData(2020, "2020-04-02")] // a leap fourth month follows
    [InlineData(2021, "2021-04-21")]
    [InlineData(2023, "2023-04-29")] // after a leap second month
    [InlineData(2024, "2024-04-18")]
    [InlineData(2025, "2025-04-07")]
    [InlineData(2026, "2026-04-26")]
    public void Hung_Kings_day_is_the_tenth_of_the_third_month(int year, string expected) =>
        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), LunarCalendar.ToSolar(new LunarDate(year, 3, 10)));

    [Fact]
    public void A_leap_month_follows_its_namesake()
    {
        Assert.Equal(new DateOnly(2023, 2, 20), LunarCalendar.ToSolar(new LunarDate(2023, 2, 1)));
        Assert.Equal(new DateOnly(2023, 3, 22), LunarCalendar.ToSolar(new LunarDate(2023, 2, 1, Leap: true)));
        Assert.Equal(new DateOnly(2025, 7, 25), LunarCalendar.ToSolar(new LunarDate(2025, 6, 1, Leap: true)));
        Assert.Equal(new DateOnly(2025, 8, 23), LunarCalendar.ToSolar(new LunarDate(2025, 7, 1)));
    }

    [Fact]
    public void Dates_that_do_not_exist_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.ToSolar(new LunarDate(2024, 2, 1, Leap: true)));
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.ToSolar(new LunarDate(2023, 5, 1, Leap: true)));
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.ToSolar(new LunarDate(2024, 13, 1)));
        // The twelfth month of the year before Tết 2025 had 29 days.
        Assert.Equal(new DateOnly(2025, 1, 28), LunarCalendar.NewYearsEve(2025));
        Assert.Throws<ArgumentOutOfRangeException>(() => LunarCalendar.ToSolar(new LunarDate(2024, 12, 30)));
    }

    [Fact]
    public void Every_year_of_the_century_has_twelve_or_thirteen_months_of_29_or_30_days()
    {
        for (var year = 1990; year <= 2100; year++)
        {
            var length = LunarCalendar.NewYear(year + 1).DayNumber - LunarCalendar.NewYear(year).DayNumber;
            Assert.True(length is 353 or 354 or 355 or 383 or 384 or 385, $"{year}: {length} days");
            Assert.InRange(LunarCalendar.NewYear(year), new DateOnly(year, 1, 21), new DateOnly(year, 2, 20));
        }
    }
}
