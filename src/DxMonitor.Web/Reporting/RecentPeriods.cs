using DxMonitor.Domain.Periods;

namespace DxMonitor.Web.Reporting;

/// <summary>The periods a round is most often opened for: the last finished quarter first, then earlier quarters, years, halves and months.</summary>
public static class RecentPeriods
{
    public static List<string> Before(DateOnly today)
    {
        IEnumerable<Period> Back(PeriodType type, int count)
        {
            var period = Period.Containing(today, type).Previous();
            for (var i = 0; i < count; i++, period = period.Previous())
            {
                yield return period;
            }
        }
        return [.. Back(PeriodType.Quarter, 8).Concat(Back(PeriodType.Year, 3)).Concat(Back(PeriodType.Half, 2)).Concat(Back(PeriodType.Month, 6)).Select(p => p.Code)];
    }
}
