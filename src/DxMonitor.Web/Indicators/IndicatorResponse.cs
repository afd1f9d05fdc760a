using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;

namespace DxMonitor.Web.Indicators;

/// <summary>An indicator of the catalogue, with how it is reported and how it rolls up.</summary>
public sealed record IndicatorResponse(
    string Code, string NameVi, string NameEn, string DefinitionVi, string DefinitionEn,
    string UnitOfMeasureVi, string UnitOfMeasureEn, IndicatorValueType ValueType, IReadOnlyList<UnitLevel> ReportingLevels,
    PeriodType PeriodType, AggregationRule Aggregation, string? WeightIndicator, string? CountCondition,
    TimeAggregation TimeAggregation, Direction Direction, decimal? Minimum, decimal? Maximum, string? Source, string? Formula,
    FigureOwner Owner, bool AutoPublish, DateOnly? RetiredOn = null)
{
    public static IndicatorResponse From(Indicator i, string? weightCode, string? sourceCode) => new(
        i.Code, i.NameVi, i.NameEn, i.DefinitionVi, i.DefinitionEn, i.UnitOfMeasureVi, i.UnitOfMeasureEn, i.ValueType,
        [.. i.ReportingLevels.Members()], i.PeriodType, i.Aggregation, weightCode, i.CountCondition?.ToString(),
        i.TimeAggregation, i.Direction, i.Minimum, i.Maximum, sourceCode, i.Formula, i.Owner, i.AutoPublish, i.RetiredOn);
}
