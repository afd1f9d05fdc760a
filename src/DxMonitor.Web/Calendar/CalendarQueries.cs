using DxMonitor.Domain.Calendar;
using DxMonitor.Web.Resources;

namespace DxMonitor.Web.Calendar;

public static class CalendarQueries
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    public static CalendarYearResponse Year(WorkingCalendar calendar, int year)
    {
        var days = calendar.NotableDaysOf(year).Select(Day).ToList();
        var first = new DateOnly(year, 1, 1);
        var workingDays = calendar.WorkingDaysBetween(first.AddDays(-1), new DateOnly(year, 12, 31));
        return new CalendarYearResponse(year, workingDays, days);
    }

    public static CalendarDayResponse Day(CalendarDay day) =>
        new(day.Date, day.IsWorkingDay, day.Holiday, day.Reason ?? (day.Holiday is { } h ? Name(h) : null), day.Reason, day.Reason is not null);

    public static string Name(Holiday holiday) => CalendarPageText.Texts.Format($"Holiday_{holiday}");
}
