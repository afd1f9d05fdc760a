namespace DxMonitor.Domain.Indicators;

/// <summary>How shorter periods combine into a longer one: stocks take the last value, flows add up.</summary>
public enum TimeAggregation
{
    Last = 0,
    Sum = 1,
    Average = 2,
}
