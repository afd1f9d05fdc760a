using System.Globalization;
using DxMonitor.Domain.Periods;
using DxMonitor.Web.Resources;

namespace DxMonitor.Web.Periods;

/// <summary>
/// A period as a page takes it from its link or picker: a code (2025Q3) or a relative one (LAST_QUARTER, "quý trước")
/// resolved against today in Vietnam. The page keeps the relative code in its links, so a saved link or bookmark
/// rolls forward by itself.
/// </summary>
public sealed record PagePeriod(Period Period, RelativePeriod? Relative)
{
    /// <summary>The period a code names today, or null with <paramref name="error"/> saying why it cannot be read.</summary>
    public static PagePeriod? Resolve(string? code, TimeProvider clock, out string? error)
    {
        error = null;
        if (RelativePeriods.TryParse(code, out var relative))
        {
            var span = relative.Resolve(VietnamCalendar.Today(clock));
            if (span.IsSingle)
            {
                return new(span.First, relative);
            }
            error = ApiText.Texts.Format("RelativeSpansPeriods", code.Trim(), span.First.Code, span.Last.Code);
            return null;
        }
        return Period.TryParse(code?.Trim(), out var period, out error) ? new(period, null) : null;
    }

    /// <summary>A year typed or linked as a number or as THIS_YEAR / LAST_YEAR ("năm nay", "năm trước"); null when it is neither.</summary>
    public static int? Year(string? text, TimeProvider clock) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) ? year
        : RelativePeriods.TryParse(text, out var relative) && relative is RelativePeriod.ThisYear or RelativePeriod.LastYear
            ? relative.Resolve(VietnamCalendar.Today(clock)).First.Year
            : null;
}
