namespace DxMonitor.Domain.Alerts;

/// <summary>
/// Robust outlier test (Iglewicz and Hoaglin's modified z-score): z = 0.6745 (x - median) / MAD, outlier when
/// |z| exceeds the threshold (3.5). Needs at least <see cref="MinimumHistory"/> reference values.
/// </summary>
public static class OutlierTest
{
    public const double Threshold = 3.5;
    public const int MinimumHistory = 4;

    public static double? ModifiedZ(double value, ReadOnlySpan<double> reference) =>
        Describe(reference) is { } spread ? spread.ZOf(value) : null;

    /// <summary>The median and median absolute deviation of a reference set, to test many values against it.</summary>
    public static Spread? Describe(ReadOnlySpan<double> reference)
    {
        if (reference.Length < MinimumHistory)
        {
            return null;
        }
        Span<double> sorted = reference.Length <= 64 ? stackalloc double[reference.Length] : new double[reference.Length];
        reference.CopyTo(sorted);
        sorted.Sort();
        var median = Median(sorted);
        for (var i = 0; i < sorted.Length; i++)
        {
            sorted[i] = Math.Abs(sorted[i] - median);
        }
        sorted.Sort();
        return new Spread(median, Median(sorted));
    }

    public readonly record struct Spread(double Median, double Mad)
    {
        public double ZOf(double value) => Mad == 0
            // Half or more of the reference is identical: any other value stands out, but only a real change counts.
            ? (value == Median ? 0 : Math.Sign(value - Median) * (Threshold + 1))
            : 0.6745 * (value - Median) / Mad;
    }

    private static double Median(ReadOnlySpan<double> sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}
