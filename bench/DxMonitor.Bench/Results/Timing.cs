using System.Diagnostics;

namespace DxMonitor.Bench.Results;

/// <summary>
/// Wall-clock timing with one stopwatch for everything measured. A full blocking garbage collection runs
/// before each timed call (not timed), so that no run pays for the garbage of the one before.
/// </summary>
public static class Timing
{
    public static TimeSpan Once(Action action)
    {
        Settle();
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    public static (TimeSpan Elapsed, T Result) Once<T>(Func<T> action)
    {
        Settle();
        var watch = Stopwatch.StartNew();
        var result = action();
        return (watch.Elapsed, result);
    }

    /// <summary>Runs <paramref name="action"/> <paramref name="runs"/> times; returns the durations and the last result.</summary>
    public static (Samples Samples, T Last) Repeat<T>(int runs, Func<T> action)
    {
        var durations = new List<TimeSpan>(runs);
        T last = default!; // runs >= 1 is checked by BenchOptions, so the loop assigns it
        for (var run = 0; run < runs; run++)
        {
            (var elapsed, last) = Once(action);
            durations.Add(elapsed);
        }
        return (new Samples(durations), last);
    }

    public static Samples Repeat(int runs, Action action) => Repeat(runs, () =>
    {
        action();
        return 0;
    }).Samples;

    private static void Settle()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }
}
