using System.Globalization;
using DxMonitor.Domain.Text;

namespace DxMonitor.Web.Targets;

/// <summary>The target form's fields as posted (text, as typed), turned into the API's <see cref="TargetRequest"/>.</summary>
public sealed class TargetFormInput
{
    public string? Indicator { get; set; }
    public string? Scope { get; set; }
    public string? Value { get; set; }
    public string? BaselineValue { get; set; }
    public string? BaselinePeriod { get; set; }
    public string? Deadline { get; set; }
    public string? LegalSourceVi { get; set; }
    public string? LegalSourceEn { get; set; }
    public string? Source { get; set; }
    public string? Action { get; set; }

    public static TargetFormInput From(TargetResponse t, CultureInfo culture) => new()
    {
        Indicator = t.Indicator,
        Scope = t.Scope.ToString(),
        Value = TypedNumber.Format(t.Value, culture),
        BaselineValue = t.BaselineValue is { } baseline ? TypedNumber.Format(baseline, culture) : null,
        BaselinePeriod = t.BaselinePeriod,
        Deadline = t.Deadline.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        LegalSourceVi = t.LegalSourceVi,
        LegalSourceEn = t.LegalSourceEn,
        Source = t.Source,
    };

    /// <summary>The request, or the fields whose numbers cannot be read in the reader's culture (by the API's field names).</summary>
    public (TargetRequest? Request, Dictionary<string, string[]> Problems) ToRequest(CultureInfo culture)
    {
        var problems = new Dictionary<string, string[]>();
        decimal? Number(string? text, string field)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                return null;
            }
            if (TypedNumber.TryParse(text, culture, out var value, out var problem))
            {
                return value;
            }
            problems[field] = [problem!];
            return null;
        }
        var value = Number(Value, "value");
        var baseline = Number(BaselineValue, "baselineValue");
        return problems.Count > 0 ? (null, problems) : (new TargetRequest(
            Blank(Indicator), Blank(Scope), value, baseline, Blank(BaselinePeriod), Blank(Deadline), Blank(LegalSourceVi), Blank(LegalSourceEn),
            Blank(Source)), problems);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
