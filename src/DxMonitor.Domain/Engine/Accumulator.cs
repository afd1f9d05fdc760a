using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Engine;

/// <summary>
/// Running totals of one parent's children for one indicator and period. The same code serves the full
/// bottom-up pass and the incremental update, so both give identical results; the rules match
/// <see cref="Rollups.Aggregator"/>.
/// </summary>
internal struct Accumulator
{
    public double Sum;
    public double Weight;
    public double Denominator;
    public int Count;
    public int MissingWeights;

    public void Add(EngineIndicator indicator, UnitLevel childLevel, double value, double weight, double denominator)
    {
        switch (indicator.Rule)
        {
            case AggregationRule.Sum or AggregationRule.Average:
                if (!double.IsNaN(value))
                {
                    Sum += value;
                    Count++;
                }
                break;
            case AggregationRule.WeightedAverage:
                if (double.IsNaN(value))
                {
                    break;
                }
                Count++;
                if (double.IsNaN(weight))
                {
                    MissingWeights++;
                }
                else
                {
                    Sum += value * weight;
                    Weight += weight;
                }
                break;
            case AggregationRule.CountMeeting:
                AddCount(indicator, childLevel, value, denominator);
                break;
        }
    }

    private void AddCount(EngineIndicator indicator, UnitLevel childLevel, double value, double denominator)
    {
        if (indicator.ReportingLevels.Includes(childLevel))
        {
            Denominator += 1;
            if (!double.IsNaN(value))
            {
                Count++;
                var meets = indicator.Condition?.IsMetBy(value) ?? value >= 1;
                Sum += meets ? 1 : 0;
            }
        }
        else if (!double.IsNaN(value))
        {
            Count++;
            Sum += value;
            Denominator += double.IsNaN(denominator) ? 0 : denominator;
        }
    }

    public readonly (double Value, double Denominator) Result(AggregationRule rule)
    {
        if (Count == 0)
        {
            return (double.NaN, double.NaN);
        }
        return rule switch
        {
            AggregationRule.Sum => (Sum, double.NaN),
            AggregationRule.Average => (Sum / Count, double.NaN),
            AggregationRule.WeightedAverage => MissingWeights > 0 || Weight == 0 ? (double.NaN, double.NaN) : (Sum / Weight, double.NaN),
            AggregationRule.CountMeeting => (Sum, Denominator),
            _ => (double.NaN, double.NaN),
        };
    }
}
