using DxMonitor.Domain.Calendar;

namespace DxMonitor.Domain.Tests.Calendar;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Statute = WorkingCalendar.ByStatute;

    [Fact]
    public void A_year_has_eleven_statutory_holidays_with_five_for_Tet()
    {
        var holidays = StatutoryHolidays.Of(2026);
        Assert.Equal(11, holidays.Count);
        Assert.Equal(
            [new DateOnly(2026, 2, 16), new DateOnly(2026, 2, 17), new DateOnly(2026, 2, 18), new DateOnly(2026, 2, 19), new DateOnly(2026, 2, 20)],
            holidays.Where(h => h.Holiday == Holiday.LunarNewYear).Select(h => h.Date));
    }

    [Fact]
    public void A_holiday_on_a_weekend_gives_the_next_weekday_off()
    {
        // 2 September 2024 was a Monday, so the day before was a Sunday: Tuesday 3 September was off.
        Assert.False(Statute.IsWorkingDay(new DateOnly(2024, 9, 2)));
        Assert.Equal(Holiday.Compensatory, Statute.HolidayOn(new DateOnly(2024, 9, 3)));
        Assert.True(Statute.IsWorkingDay(new DateOnly(2024, 9, 4)));
        // Hùng Kings' day 2026 is a Sunday: Monday 27 April is off, and Thursday 30 April and Friday 1 May are holidays.
        Assert.Equal(Holiday.HungKings, Statute.HolidayOn(new DateOnly(2026, 4, 26)));
        Assert.False(Statute.IsWorkingDay(new DateOnly(2026, 4, 27)));
        Assert.True(Statute.IsWorkingDay(new DateOnly(2026, 4, 28)));
        Assert.False(Statute.IsWorkingDay(new DateOnly(2026, 5, 1)));
    }

    [Fact]
    public void Two_holidays_on_one_weekend_give_two_days_off_after_it()
    {
        // 30 April and 1 May 2022 were Saturday and Sunday: Monday 2 and Tuesday 3 May were off.
        Assert.Equal(Holiday.Compensatory, Statute.HolidayOn(new DateOnly(2022, 5, 2)));
        Assert.Equal(Holiday.Compensatory, Statute.HolidayOn(new DateOnly(2022, 5, 3)));
        Assert.True(Statute.IsWorkingDay(new DateOnly(2022, 5, 4)));
    }

    [Fact]
    public void Working_days_are_counted_across_Tet()
    {
        // Received Thursday 12 February 2026 with three working days: Friday 13, then Tết (16-20) and a weekend.
        Assert.Equal(new DateOnly(2026, 2, 24), Statute.AddWorkingDays(new DateOnly(2026, 2, 12), 3));
        Assert.Equal(3, Statute.WorkingDaysBetween(new DateOnly(2026, 2, 12), new DateOnly(2026, 2, 24)));
        Assert.Equal(0, Statute.WorkingDaysBetween(new DateOnly(2026, 2, 13), new DateOnly(2026, 2, 22)));
        Assert.Equal(new DateOnly(2026, 2, 12), Statute.AddWorkingDays(new DateOnly(2026, 2, 12), 0));
    }

    [Fact]
    public void Announced_adjustments_override_the_rules()
    {
        var calendar = new WorkingCalendar([
            new CalendarAdjustment(new DateOnly(2026, 2, 23), false, "Nghỉ thêm theo thông báo"),
            new CalendarAdjustment(new DateOnly(2026, 3, 7), true, "Làm bù thứ Bảy"),
            new CalendarAdjustment(new DateOnly(2026, 4, 27), true, "Nghỉ bù chuyển sang ngày khác"),
        ]);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 2, 23)));
        Assert.Equal(Holiday.Announced, calendar.HolidayOn(new DateOnly(2026, 2, 23)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 3, 7)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 4, 27)));
        Assert.Equal(new DateOnly(2026, 2, 25), calendar.AddWorkingDays(new DateOnly(2026, 2, 12), 3));

        var notable = calendar.NotableDaysOf(2026);
        Assert.Contains(new CalendarDay(new DateOnly(2026, 3, 7), true, null, "Làm bù thứ Bảy"), notable);
        Assert.Contains(new CalendarDay(new DateOnly(2026, 9, 2), false, Holiday.NationalDay, null), notable);
        Assert.Equal(notable.OrderBy(d => d.Date), notable);
    }
}
