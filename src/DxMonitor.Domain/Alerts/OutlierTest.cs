namespace DxMonitor.Domain.Alerts;

/// <summary>
/// Robust outlier test (Iglewicz and Hoaglin's modified z-score): z = 0.6745 (x - median) / MAD, outlier when
/// |z| exceeds the threshold (3.5). Needs at least <see cref="MinimumHistory"/> reference values.
/// </summary>
public static class OutlierTest
{
    public const double Threshold = 3.5;
    public const int MinimumHistory = 4;

    public static double? ModifiedZ(double value, ReadOnlySpan<double> reference)
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
        var mad = Median(sorted);
        if (mad == 0)
        {
            // Half or more of the history is identical: any other value stands out, but only a real change counts.
            return value == median ? 0 : Math.Sign(value - median) * (Threshold + 1);
        }
        return 0.6745 * (value - median) / mad;
    }

    private static double Median(ReadOnlySpan<double> sorted) =>
        sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
}
