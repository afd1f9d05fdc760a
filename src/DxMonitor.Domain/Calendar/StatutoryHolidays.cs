namespace DxMonitor.Domain.Calendar;

/// <summary>
/// The public holidays of a year under article 112 of the Labour Code (Bộ luật Lao động 2019): 11 days, of which
/// Tết and Hùng Kings' day follow the lunar calendar. Where the code lets the government choose (which five days of
/// Tết, the day beside 2 September), the default here is the usual choice; the government's yearly announcement is
/// entered as <see cref="CalendarAdjustment"/>s.
/// </summary>
public static class StatutoryHolidays
{
    public static IReadOnlyList<(DateOnly Date, Holiday Holiday)> Of(int year)
    {
        var holidays = new List<(DateOnly, Holiday)> { (new DateOnly(year, 1, 1), Holiday.NewYear) };
        var eve = LunarCalendar.NewYearsEve(year);
        holidays.AddRange(Enumerable.Range(0, 5).Select(i => (eve.AddDays(i), Holiday.LunarNewYear)));
        holidays.Add((LunarCalendar.ToSolar(new LunarDate(year, 3, 10)), Holiday.HungKings));
        holidays.Add((new DateOnly(year, 4, 30), Holiday.ReunificationDay));
        holidays.Add((new DateOnly(year, 5, 1), Holiday.LabourDay));
        holidays.Add((new DateOnly(year, 9, 1), Holiday.NationalDay));
        holidays.Add((new DateOnly(year, 9, 2), Holiday.NationalDay));
        return holidays.OrderBy(h => h.Item1).ToList();
    }
}
