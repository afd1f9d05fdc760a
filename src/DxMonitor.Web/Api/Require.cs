using DxMonitor.Domain;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Resources;

namespace DxMonitor.Web.Api;

/// <summary>Parses route and query inputs, throwing a <see cref="RuleViolationException"/> that names the field.</summary>
public static class Require
{
    public static Period Period(string? code, string field = "period") =>
        Domain.Periods.Period.TryParse(code, out var period, out var error) ? period : throw new RuleViolationException(error, field);

    /// <summary>
    /// A period code, or a relative one (LAST_QUARTER, THIS_YEAR, SAME_PERIOD_LAST_YEAR…) resolved against today's date
    /// in Vietnam. One that spans several periods (LAST_4_QUARTERS) is refused where one period is asked for, unless
    /// <paramref name="end"/> says which end of it to take (the first for "from", the last for "to").
    /// </summary>
    public static Period Period(string? code, string field, TimeProvider clock, SpanEnd? end = null)
    {
        if (!RelativePeriods.TryParse(code, out var relative))
        {
            return Period(code, field);
        }
        var span = relative.Resolve(VietnamCalendar.Today(clock));
        return end switch
        {
            SpanEnd.First => span.First,
            SpanEnd.Last => span.Last,
            _ when span.IsSingle => span.First,
            _ => throw new RuleViolationException(ApiText.Texts.Format("RelativeSpansPeriods", code!, span.First.Code, span.Last.Code), field),
        };
    }

    public enum SpanEnd
    {
        First,
        Last,
    }

    public static string Code(string? code, string what, string field) =>
        PublicCode.IsValid(code) ? code : throw new RuleViolationException(PublicCode.Describe(what, code), field);

    public static DateOnly Date(string? text, string field) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            ? date : throw new RuleViolationException(ApiText.Texts.Format("NotADate", text ?? ""), field);

    public static TEnum? Enum<TEnum>(string? text, string field) where TEnum : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value)
            && !int.TryParse(text, out _))
        {
            return value;
        }
        var allowed = string.Join(", ", System.Enum.GetNames<TEnum>());
        throw new RuleViolationException(ApiText.Texts.Format("NotOneOf", text, allowed), field);
    }
}
