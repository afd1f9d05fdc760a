using System.Globalization;

namespace DxMonitor.Web.Layout;

/// <summary>Numbers and dates as the page's culture writes them (vi: 1.234,5; en: 1,234.5).</summary>
public static class Display
{
    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    public static string Number(double? value, string format = "#,##0.##") =>
        value is { } v && double.IsFinite(v) ? v.ToString(format, CultureInfo.CurrentCulture) : "—";

    /// <summary>A score, points or a rate kept as a decimal, as <see cref="Number(double?, string)"/> writes it.</summary>
    public static string Score(decimal? value) => Number((double?)value);

    public static string Date(DateOnly? date) => date?.ToString("d", CultureInfo.CurrentCulture) ?? "—";

    /// <summary>A stored UTC instant as people in Viet Nam read it, in the page's culture.</summary>
    public static string LocalTime(DateTime? utc) =>
        utc is { } at ? TimeZoneInfo.ConvertTimeFromUtc(at, Domain.Periods.VietnamCalendar.Zone).ToString("g", CultureInfo.CurrentCulture) : "—";

    public static string WithSign(double? value) => value is { } v ? (v > 0 ? "+" : "") + Number(v) : "—";
}
