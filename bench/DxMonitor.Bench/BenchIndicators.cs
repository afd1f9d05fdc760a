using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Units;

namespace DxMonitor.Bench;

/// <summary>Indicators by indicator index: the generated BENCH.I001, BENCH.I002, ….</summary>
public sealed class BenchIndicators(string[] codes, AggregationRule[] rules, int[] weights, double[] thresholds, UnitLevel[] levels)
{
    public int Count => codes.Length;

    public IReadOnlyList<string> Codes => codes;

    /// <summary>Sum, WeightedAverage or CountMeeting.</summary>
    public ReadOnlySpan<AggregationRule> Rules => rules;

    /// <summary>For WeightedAverage: the indicator index of the weight (a Sum reported by the same units); -1 otherwise.</summary>
    public ReadOnlySpan<int> Weights => weights;

    /// <summary>For CountMeeting: a unit is counted when its value is at least this; NaN otherwise.</summary>
    public ReadOnlySpan<double> Thresholds => thresholds;

    /// <summary>The one level that reports the indicator (Commune for most, Province or Ministry for a few).</summary>
    public ReadOnlySpan<UnitLevel> Levels => levels;
}
