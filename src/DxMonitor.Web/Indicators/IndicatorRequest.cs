namespace DxMonitor.Web.Indicators;

/// <summary>
/// An indicator as an analyst defines it, in the seed's vocabulary (SEED-FORMAT.md): enum values by name, the weight
/// and inputs by code. <see cref="Code"/> is read on creation only; a code never changes.
/// </summary>
public sealed record IndicatorRequest(
    string? Code, string? NameVi, string? NameEn, string? DefinitionVi, string? DefinitionEn,
    string? UnitOfMeasureVi, string? UnitOfMeasureEn, string? ValueType, IReadOnlyList<string>? ReportingLevels,
    string? PeriodType, string? Aggregation, string? WeightIndicator, ConditionRequest? Condition,
    string? TimeAggregation, string? Direction, decimal? Minimum, decimal? Maximum, string? Source, string? Formula, string? Owner);

/// <summary>What a unit must meet to be counted by a CountMeeting indicator, e.g. operator "&gt;=" and value 1.</summary>
public sealed record ConditionRequest(string? Operator, decimal Value);
