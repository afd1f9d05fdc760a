using System.Collections.Concurrent;

namespace DxMonitor.Domain.Calendar;

/// <summary>
/// Vietnam's working days (ngày làm việc): Monday to Friday, less the public holidays of the Labour Code, less a
/// compensatory day (nghỉ bù) for each holiday that falls on a Saturday or Sunday — the next weekday that is not
/// already off —, with the administrators' <see cref="CalendarAdjustment"/>s overriding all of that for their dates.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly IReadOnlyDictionary<DateOnly, CalendarAdjustment> _adjustments;
    private readonly ConcurrentDictionary<int, IReadOnlyDictionary<DateOnly, Holiday>> _years = new();

    public WorkingCalendar(IEnumerable<CalendarAdjustment> adjustments)
    {
        _adjustments = adjustments.ToDictionary(a => a.Date);
    }

    /// <summary>The calendar by the rules alone, without any announced adjustment.</summary>
    public static WorkingCalendar ByStatute { get; } = new([]);

    public bool IsWorkingDay(DateOnly date)
    {
        if (_adjustments.TryGetValue(date, out var adjustment))
        {
            return adjustment.IsWorkingDay;
        }
        return !IsWeekend(date) && !DaysOffOf(date.Year).ContainsKey(date);
    }

    /// <summary>Why a day is off although it is a weekday, or a holiday that fell on a weekend; null otherwise.</summary>
    public Holiday? HolidayOn(DateOnly date)
    {
        if (_adjustments.TryGetValue(date, out var adjustment))
        {
            return adjustment.IsWorkingDay ? null : Holiday.Announced;
        }
        return DaysOffOf(date.Year).TryGetValue(date, out var holiday) ? holiday : null;
    }

    /// <summary>Every day of a year that is off other than a plain weekend, and every adjusted day, in date order.</summary>
    public IReadOnlyList<CalendarDay> NotableDaysOf(int year)
    {
        var days = new SortedDictionary<DateOnly, CalendarDay>();
        foreach (var (date, holiday) in DaysOffOf(year))
        {
            days[date] = new CalendarDay(date, false, holiday, null);
        }
        foreach (var adjustment in _adjustments.Values.Where(a => a.Date.Year == year))
        {
            days[adjustment.Date] = new CalendarDay(adjustment.Date, adjustment.IsWorkingDay,
                adjustment.IsWorkingDay ? null : Holiday.Announced, adjustment.Reason);
        }
        return days.Values.ToList();
    }

    /// <summary>The <paramref name="days"/>-th working day after <paramref name="start"/>, which itself does not count.</summary>
    public DateOnly AddWorkingDays(DateOnly start, int days)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var date = start;
        while (days > 0)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                days--;
            }
        }
        return date;
    }

    /// <summary>How many working days fall after <paramref name="from"/> up to and including <paramref name="to"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }
        return count;
    }

    private IReadOnlyDictionary<DateOnly, Holiday> DaysOffOf(int year) => _years.GetOrAdd(year, static year =>
    {
        var days = StatutoryHolidays.Of(year).ToDictionary(h => h.Date, h => h.Holiday);
        foreach (var (date, _) in StatutoryHolidays.Of(year).Where(h => IsWeekend(h.Date)))
        {
            var compensatory = date.AddDays(1);
            while (IsWeekend(compensatory) || days.ContainsKey(compensatory))
            {
                compensatory = compensatory.AddDays(1);
            }
            days[compensatory] = Holiday.Compensatory;
        }
        return days;
    });

    private static bool IsWeekend(DateOnly date) => date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
}
