using DxMonitor.Domain.Calendar;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Procedures;

namespace DxMonitor.Domain.Dossiers;

/// <summary>
/// The due time a procedure's statutory limit (thời hạn giải quyết) gives a dossier whose system sent none. The limit
/// counts from the day after receipt; the days the dossier was paused (waiting for the applicant, or suspended) are
/// added in the limit's kind of days; a limit of 0 days is the day of receipt. A limit in working days ends on a
/// working day of Vietnam's calendar (holidays, Tết and the announced swaps included); one in calendar days that ends on
/// a day off ends on the next working day (Civil Code 2015, art. 148). The due time is the end of that day in Vietnam,
/// as for a due date sent without a time.
/// </summary>
public static class StatutoryDue
{
    public static DateTime? Of(ProcedureTerms? terms, DateTime receivedUtc, int? pausedDays, WorkingCalendar calendar)
    {
        if (terms?.TimeLimitDays is not { } limit)
        {
            return null;
        }
        var received = VietnamCalendar.DateOf(receivedUtc);
        var days = limit + (pausedDays ?? 0);
        var due = terms.WorkingDays && days > 0 ? calendar.AddWorkingDays(received, days) : OnWorkingDay(received.AddDays(days), calendar);
        return TimeZoneInfo.ConvertTimeToUtc(due.ToDateTime(new TimeOnly(23, 59, 59)), VietnamCalendar.Zone);
    }

    private static DateOnly OnWorkingDay(DateOnly date, WorkingCalendar calendar)
    {
        while (!calendar.IsWorkingDay(date))
        {
            date = date.AddDays(1);
        }
        return date;
    }
}
