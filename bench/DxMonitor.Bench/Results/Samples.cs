namespace DxMonitor.Bench.Results;

/// <summary>The durations of several runs of the same measurement.</summary>
public sealed class Samples(IReadOnlyList<TimeSpan> runs)
{
    public TimeSpan Min => runs.Min();

    public TimeSpan Median
    {
        get
        {
            var sorted = runs.Order().ToList();
            var middle = sorted.Count / 2;
            return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
        }
    }

    public int Count => runs.Count;
}
