using System.Diagnostics.CodeAnalysis;

namespace DxMonitor.Domain.Periods;

/// <summary>
/// A period named relative to today, as DHIS2's relative periods are: a saved link or dashboard with
/// <c>LAST_QUARTER</c> rolls forward by itself. It resolves to a span of periods of one type, first to last;
/// "same period last year" is last quarter a year earlier (the comparison Vietnamese reports call "cùng kỳ").
/// </summary>
public enum RelativePeriod
{
    ThisMonth,
    LastMonth,
    ThisQuarter,
    LastQuarter,
    Last4Quarters,
    ThisYear,
    LastYear,
    SamePeriodLastYear,
}

/// <summary>The first and last period (inclusive, of one type) a relative period covers on a given day.</summary>
public readonly record struct PeriodSpan(Period First, Period Last)
{
    public bool IsSingle => First == Last;
}

public static class RelativePeriods
{
    private static readonly Dictionary<string, RelativePeriod> ByCode = new(StringComparer.OrdinalIgnoreCase)
    {
        ["THIS_MONTH"] = RelativePeriod.ThisMonth,
        ["LAST_MONTH"] = RelativePeriod.LastMonth,
        ["THIS_QUARTER"] = RelativePeriod.ThisQuarter,
        ["LAST_QUARTER"] = RelativePeriod.LastQuarter,
        ["LAST_4_QUARTERS"] = RelativePeriod.Last4Quarters,
        ["THIS_YEAR"] = RelativePeriod.ThisYear,
        ["LAST_YEAR"] = RelativePeriod.LastYear,
        ["SAME_PERIOD_LAST_YEAR"] = RelativePeriod.SamePeriodLastYear,
    };

    /// <summary>The codes accepted wherever a period code is, e.g. <c>period=LAST_QUARTER</c>.</summary>
    public static IReadOnlyCollection<string> Codes => ByCode.Keys;

    public static string CodeOf(RelativePeriod relative) => ByCode.First(p => p.Value == relative).Key;

    public static bool TryParse([NotNullWhen(true)] string? code, out RelativePeriod relative)
    {
        relative = default;
        return code is not null && ByCode.TryGetValue(code.Trim(), out relative);
    }

    public static PeriodSpan Resolve(this RelativePeriod relative, DateOnly today)
    {
        var month = Period.Containing(today, PeriodType.Month);
        var quarter = Period.Containing(today, PeriodType.Quarter);
        var year = Period.Containing(today, PeriodType.Year);
        return relative switch
        {
            RelativePeriod.ThisMonth => new(month, month),
            RelativePeriod.LastMonth => Single(month.Previous()),
            RelativePeriod.ThisQuarter => new(quarter, quarter),
            RelativePeriod.LastQuarter => Single(quarter.Previous()),
            RelativePeriod.Last4Quarters => new(quarter.Previous().Previous().Previous().Previous(), quarter.Previous()),
            RelativePeriod.ThisYear => new(year, year),
            RelativePeriod.LastYear => Single(year.Previous()),
            _ => Single(Period.Create(PeriodType.Quarter, quarter.Previous().Year - 1, quarter.Previous().Index)),
        };
    }

    private static PeriodSpan Single(Period period) => new(period, period);
}
