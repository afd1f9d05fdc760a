namespace DxMonitor.Web.Indicators;

/// <summary>
/// An indicator as an analyst defines it, in the seed's vocabulary (SEED-FORMAT.md): enum values by name, the weight
/// and inputs by code. <see cref="Code"/> is read on creation only; a code never changes.
/// </summary>
public sealed record IndicatorRequest(
    string? Code = null, string? NameVi = null, string? NameEn = null, string? DefinitionVi = null, string? DefinitionEn = null,
    string? UnitOfMeasureVi = null, string? UnitOfMeasureEn = null, string? ValueType = null, IReadOnlyList<string>? ReportingLevels = null,
    string? PeriodType = null, string? Aggregation = null, string? WeightIndicator = null, ConditionRequest? Condition = null,
    string? TimeAggregation = null, string? Direction = null, decimal? Minimum = null, decimal? Maximum = null, string? Source = null,
    string? Formula = null, string? Owner = null)
{
    /// <summary>The request that would define <paramref name="i"/> as it stands.</summary>
    public static IndicatorRequest From(IndicatorResponse i) => new(
        i.Code, i.NameVi, i.NameEn, i.DefinitionVi, i.DefinitionEn, i.UnitOfMeasureVi, i.UnitOfMeasureEn, i.ValueType.ToString(),
        [.. i.ReportingLevels.Select(l => l.ToString())], i.PeriodType.ToString(), i.Aggregation.ToString(), i.WeightIndicator,
        ConditionRequest.Parse(i.CountCondition), i.TimeAggregation.ToString(), i.Direction.ToString(), i.Minimum, i.Maximum, i.Source,
        i.Formula, i.Owner.ToString());
}

/// <summary>What a unit must meet to be counted by a CountMeeting indicator, e.g. operator "&gt;=" and value 1.</summary>
public sealed record ConditionRequest(string? Operator = null, decimal Value = 0)
{
    /// <summary>The request for a condition as the catalogue writes it ("&gt;= 1"); null for none.</summary>
    public static ConditionRequest? Parse(string? condition) =>
        condition?.Split(' ') is [var op, var value]
            && decimal.TryParse(value, System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var threshold)
            ? new ConditionRequest(op, threshold) : null;
}
