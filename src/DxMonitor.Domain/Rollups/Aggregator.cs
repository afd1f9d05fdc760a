using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Resources;

namespace DxMonitor.Domain.Rollups;

/// <summary>
/// Combines the values of several units by an indicator's rule: children into their parent, or merged
/// units into their successor. Additive values are summed (never one kept and the others dropped); rates
/// are recomputed from their parts by weighting them with their denominators.
/// </summary>
public static class Aggregator
{
    public static AggregateValue Combine(AggregationRule rule, IReadOnlyList<Contribution> parts, Condition? condition = null)
    {
        if (parts.Count == 0)
        {
            return AggregateValue.None(RollupText.Texts.Format("NoUnitReported"));
        }
        return rule switch
        {
            AggregationRule.Sum => AggregateValue.Of(parts.Sum(p => p.Value * p.Share), parts.Count),
            AggregationRule.Average => AggregateValue.Of(parts.Sum(p => p.Value) / parts.Count, parts.Count),
            AggregationRule.WeightedAverage => WeightedAverage(parts),
            AggregationRule.CountMeeting => CountMeeting(parts, condition),
            _ => parts is [var single] && single.Share == 1m
                ? AggregateValue.Of(single.Value, 1)
                : AggregateValue.None(RollupText.Texts.Format("DoesNotAggregate"), parts.Count),
        };
    }

    private static AggregateValue WeightedAverage(IReadOnlyList<Contribution> parts)
    {
        if (parts.Any(p => p.Weight is null))
        {
            var missing = parts.Count(p => p.Weight is null);
            return AggregateValue.None(RollupText.Texts.Format("WeightMissing", missing, parts.Count), parts.Count);
        }
        var totalWeight = parts.Sum(p => p.Weight!.Value * p.Share); // null weights returned above
        if (totalWeight == 0)
        {
            return AggregateValue.None(RollupText.Texts.Format("WeightsZero"), parts.Count);
        }
        var weighted = parts.Sum(p => p.Value * p.Weight!.Value * p.Share);
        return AggregateValue.Of(weighted / totalWeight, parts.Count);
    }

    private static AggregateValue CountMeeting(IReadOnlyList<Contribution> parts, Condition? condition)
    {
        var test = condition ?? new Condition(ComparisonOperator.GreaterOrEqual, 1);
        return AggregateValue.Of(parts.Count(p => test.IsMetBy(p.Value)), parts.Count, parts.Count);
    }
}
