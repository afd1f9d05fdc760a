using DxMonitor.Domain.Periods;

namespace DxMonitor.Web.Periods;

/// <summary>A reporting period: its code, type, first and last day, neighbours and enclosing periods.</summary>
public sealed record PeriodResponse(
    string Code, PeriodType Type, int Year, int Index, DateOnly Start, DateOnly End, string? Previous, string? Next,
    IReadOnlyList<string> Within)
{
    public static PeriodResponse From(Period period) => new(
        period.Code, period.Type, period.Year, period.Index, period.Start, period.End, period.IsFirst ? null : period.Previous().Code, period.IsLast ? null : period.Next().Code,
        [.. Enum.GetValues<PeriodType>().Where(t => t < period.Type).Select(t => period.In(t).Code)]);
}
