using System.Globalization;
using DxMonitor.Domain.Text;

namespace DxMonitor.Web.Indicators;

/// <summary>The indicator form's fields as posted (text, as typed), turned into the API's <see cref="IndicatorRequest"/>.</summary>
public sealed class IndicatorFormInput
{
    public string? Code { get; set; }
    public string? NameVi { get; set; }
    public string? NameEn { get; set; }
    public string? DefinitionVi { get; set; }
    public string? DefinitionEn { get; set; }
    public string? UnitOfMeasureVi { get; set; }
    public string? UnitOfMeasureEn { get; set; }
    public string? ValueType { get; set; }
    public List<string> ReportingLevels { get; set; } = [];
    public string? PeriodType { get; set; }
    public string? Aggregation { get; set; }
    public string? WeightIndicator { get; set; }
    public string? ConditionOperator { get; set; }
    public string? ConditionValue { get; set; }
    public string? TimeAggregation { get; set; }
    public string? Direction { get; set; }
    public string? Minimum { get; set; }
    public string? Maximum { get; set; }
    public string? Source { get; set; }
    public string? Formula { get; set; }
    public string? Owner { get; set; }
    public string? Action { get; set; }

    public static IndicatorFormInput From(IndicatorResponse i, CultureInfo culture) => new()
    {
        Code = i.Code,
        NameVi = i.NameVi,
        NameEn = i.NameEn,
        DefinitionVi = i.DefinitionVi,
        DefinitionEn = i.DefinitionEn,
        UnitOfMeasureVi = i.UnitOfMeasureVi,
        UnitOfMeasureEn = i.UnitOfMeasureEn,
        ValueType = i.ValueType.ToString(),
        ReportingLevels = [.. i.ReportingLevels.Select(l => l.ToString())],
        PeriodType = i.PeriodType.ToString(),
        Aggregation = i.Aggregation.ToString(),
        WeightIndicator = i.WeightIndicator,
        TimeAggregation = i.TimeAggregation.ToString(),
        Direction = i.Direction.ToString(),
        ConditionOperator = ConditionRequest.Parse(i.CountCondition)?.Operator,
        ConditionValue = ConditionRequest.Parse(i.CountCondition) is { } condition ? TypedNumber.Format(condition.Value, culture) : null,
        Minimum = i.Minimum is { } min ? TypedNumber.Format(min, culture) : null,
        Maximum = i.Maximum is { } max ? TypedNumber.Format(max, culture) : null,
        Source = i.Source,
        Formula = i.Formula,
        Owner = i.Owner.ToString(),
    };

    /// <summary>The request, or the fields whose numbers cannot be read (by the API's field names).</summary>
    public (IndicatorRequest? Request, Dictionary<string, string[]> Problems) ToRequest(CultureInfo culture)
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
        var minimum = Number(Minimum, "minimum");
        var maximum = Number(Maximum, "maximum");
        var conditionValue = Number(ConditionValue, "condition");
        var condition = string.IsNullOrWhiteSpace(ConditionOperator) ? null : new ConditionRequest(ConditionOperator, conditionValue ?? 0);
        return problems.Count > 0 ? (null, problems) : (new IndicatorRequest(
            Blank(Code), Blank(NameVi), Blank(NameEn), Blank(DefinitionVi), Blank(DefinitionEn), Blank(UnitOfMeasureVi), Blank(UnitOfMeasureEn),
            Blank(ValueType), ReportingLevels, Blank(PeriodType), Blank(Aggregation), Blank(WeightIndicator), condition, Blank(TimeAggregation),
            Blank(Direction), minimum, maximum, Blank(Source), Blank(Formula), Blank(Owner)), problems);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
