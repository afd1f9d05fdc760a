namespace DxMonitor.Domain.Indicators;

/// <summary>How values of child units combine into their parent's value (and merged units into a successor).</summary>
public enum AggregationRule
{
    /// <summary>Additive: the parent's value is the sum.</summary>
    Sum = 0,
    Average = 1,

    /// <summary>A rate recomputed from its parts, weighted by the additive indicator named as weight.</summary>
    WeightedAverage = 2,

    /// <summary>The number of children meeting a condition, with the number of children as denominator ("48/63").</summary>
    CountMeeting = 3,

    /// <summary>Does not aggregate (nation-only figures).</summary>
    None = 4,
}
