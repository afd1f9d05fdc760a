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
