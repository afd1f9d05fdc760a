namespace DxMonitor.Domain.Calendar;

/// <summary>
/// The Vietnamese lunisolar calendar, computed astronomically for Vietnam's meridian (UTC+7): new moons and solar terms
/// after Jean Meeus, <i>Astronomical Algorithms</i>, as in Hồ Ngọc Đức's published method. It differs from the Chinese
/// calendar (UTC+8) in some years: Tết fell on 17 February 2007 in Vietnam and on the 18th in China.
/// </summary>
public static class LunarCalendar
{
    private const double TimeZoneHours = 7;
    private const double SynodicMonth = 29.530588853;
    private const double FirstNewMoonOf1900 = 2415021.076998695;

    /// <summary>The solar date of a lunar date; throws when the lunar month has no such day or the year no such leap month.</summary>
    public static DateOnly ToSolar(LunarDate date)
    {
        if (date.Month is < 1 or > 12 || date.Day is < 1 or > 30)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "No such lunar date.");
        }
        var (a11, b11) = date.Month < 11
            ? (MonthElevenStart(date.Year - 1), MonthElevenStart(date.Year))
            : (MonthElevenStart(date.Year), MonthElevenStart(date.Year + 1));
        var k = (int)Math.Floor(0.5 + (a11 - FirstNewMoonOf1900) / SynodicMonth);
        var offset = date.Month - 11;
        if (offset < 0)
        {
            offset += 12;
        }
        if (b11 - a11 > 365)
        {
            var leapOffset = LeapMonthOffset(a11);
            var leapMonth = leapOffset - 2;
            if (leapMonth <= 0)
            {
                leapMonth += 12;
            }
            if (date.Leap && date.Month != leapMonth)
            {
                throw new ArgumentOutOfRangeException(nameof(date), date, "That lunar year has no such leap month.");
            }
            if (date.Leap || offset >= leapOffset)
            {
                offset += 1;
            }
        }
        else if (date.Leap)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "That lunar year has no leap month.");
        }
        var monthStart = NewMoonDay(k + offset);
        var length = NewMoonDay(k + offset + 1) - monthStart;
        if (date.Day > length)
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, "That lunar month has 29 days.");
        }
        return FromJulianDay(monthStart + date.Day - 1);
    }

    /// <summary>The first day of the lunar year (Tết Nguyên đán) whose most days fall in <paramref name="year"/>.</summary>
    public static DateOnly NewYear(int year) => ToSolar(new LunarDate(year, 1, 1));

    /// <summary>The last day of the lunar year before <paramref name="year"/>'s Tết (the 29th or 30th of the twelfth month).</summary>
    public static DateOnly NewYearsEve(int year) => NewYear(year).AddDays(-1);

    private static int MonthElevenStart(int year)
    {
        var k = (int)Math.Floor((JulianDay(new DateOnly(year, 12, 31)) - 2415021) / SynodicMonth);
        var newMoon = NewMoonDay(k);
        return SunLongitudeSector(newMoon) >= 9 ? NewMoonDay(k - 1) : newMoon;
    }

    private static int LeapMonthOffset(int a11)
    {
        var k = (int)Math.Floor((a11 - FirstNewMoonOf1900) / SynodicMonth + 0.5);
        var i = 1;
        var arc = SunLongitudeSector(NewMoonDay(k + i));
        int last;
        do
        {
            last = arc;
            i++;
            arc = SunLongitudeSector(NewMoonDay(k + i));
        }
        while (arc != last && i < 14);
        return i - 1;
    }

    private static int NewMoonDay(int k) => (int)Math.Floor(NewMoon(k) + 0.5 + TimeZoneHours / 24);

    /// <summary>Which of the twelve 30° sectors of the ecliptic the sun is in at the start of a local day.</summary>
    private static int SunLongitudeSector(int julianDay) =>
        (int)Math.Floor(SunLongitude(julianDay - 0.5 - TimeZoneHours / 24) / Math.PI * 6);

    /// <summary>The Julian day (UT) of the k-th new moon after that of 1 January 1900 (Meeus, chapter 49, shortened).</summary>
    private static double NewMoon(int k)
    {
        const double dr = Math.PI / 180;
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var jd = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3
            + 0.00033 * Math.Sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        var m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        var mp = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        var f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        var c = (0.1734 - 0.000393 * t) * Math.Sin(m * dr) + 0.0021 * Math.Sin(2 * dr * m)
            - 0.4068 * Math.Sin(mp * dr) + 0.0161 * Math.Sin(dr * 2 * mp)
            - 0.0004 * Math.Sin(dr * 3 * mp)
            + 0.0104 * Math.Sin(dr * 2 * f) - 0.0051 * Math.Sin(dr * (m + mp))
            - 0.0074 * Math.Sin(dr * (m - mp)) + 0.0004 * Math.Sin(dr * (2 * f + m))
            - 0.0004 * Math.Sin(dr * (2 * f - m)) - 0.0006 * Math.Sin(dr * (2 * f + mp))
            + 0.0010 * Math.Sin(dr * (2 * f - mp)) + 0.0005 * Math.Sin(dr * (2 * mp + m));
        var deltaT = t < -11
            ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
            : -0.000278 + 0.000265 * t + 0.000262 * t2;
        return jd + c - deltaT;
    }

    /// <summary>The sun's apparent longitude in radians, 0 to 2π, at a Julian day (Meeus, chapter 25, low precision).</summary>
    private static double SunLongitude(double julianDay)
    {
        const double dr = Math.PI / 180;
        var t = (julianDay - 2451545.0) / 36525;
        var t2 = t * t;
        var m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        var l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        var dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.Sin(dr * m)
            + (0.019993 - 0.000101 * t) * Math.Sin(dr * 2 * m) + 0.000290 * Math.Sin(dr * 3 * m);
        var l = (l0 + dl) * dr;
        return l - Math.PI * 2 * Math.Floor(l / (Math.PI * 2));
    }

    private static int JulianDay(DateOnly date) => date.DayNumber + 1721426;

    private static DateOnly FromJulianDay(int julianDay) => DateOnly.FromDayNumber(julianDay - 1721426);
}
