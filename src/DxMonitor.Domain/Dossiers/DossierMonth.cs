using DxMonitor.Domain.Periods;

namespace DxMonitor.Domain.Dossiers;

/// <summary>
/// A calendar month in Asia/Ho_Chi_Minh as one integer (yyyyMM, 202503), the key dossiers are counted by: a
/// dossier received at 2025-03-31T17:30Z was received on 1 April in Vietnam and counts in April.
/// </summary>
public static class DossierMonth
{
    /// <remarks>Vietnam's offset is a constant UTC+7 since 1975 (<see cref="IsoTime.VietnamOffset"/>; a test holds it to the zone data).</remarks>
    public static int Of(DateTime utc)
    {
        var local = utc + IsoTime.VietnamOffset;
        return local.Year * 100 + local.Month;
    }

    public static int Of(Period month) => month.Year * 100 + month.Start.Month;

    public static Period ToPeriod(int key) => Period.Create(PeriodType.Month, key / 100, key % 100);

    public static int Next(int key) => key % 100 == 12 ? (key / 100 + 1) * 100 + 1 : key + 1;

    /// <summary>The instant a Vietnamese calendar month begins, in UTC.</summary>
    public static DateTime StartUtc(int key) =>
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(key / 100, key % 100, 1, 0, 0, 0, DateTimeKind.Unspecified), VietnamCalendar.Zone);
}
