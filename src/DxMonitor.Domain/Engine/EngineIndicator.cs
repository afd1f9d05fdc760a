using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Engine;

/// <summary>What the engine needs of an indicator; <see cref="WeightIndex"/> is the engine index of its weight, or -1.</summary>
public sealed record EngineIndicator(
    int Id, string Code, AggregationRule Rule, int WeightIndex, Condition? Condition, UnitLevels ReportingLevels,
    PeriodType PeriodType, TimeAggregation TimeAggregation, Direction Direction)
{
    public static IReadOnlyList<EngineIndicator> From(IReadOnlyList<Indicator> indicators)
    {
        var index = indicators.Select((indicator, i) => (indicator.Id, i)).ToDictionary(x => x.Id, x => x.i);
        return [.. indicators.Select(i => new EngineIndicator(
            i.Id, i.Code, i.Aggregation, i.WeightIndicatorId is { } w && index.TryGetValue(w, out var wi) ? wi : -1,
            i.CountCondition, i.ReportingLevels, i.PeriodType, i.TimeAggregation, i.Direction))];
    }
}
