using DxMonitor.Domain.Periods;

namespace DxMonitor.Bench.Generation;

/// <summary>
/// How large the data set is at a scale. At scale 1: 3,321 communes (the number of commune-level units from
/// 1 July 2025), 150 indicators, 20 quarters, about 9.3 million values. The number of values grows with the
/// scale; communes and indicators each grow with its square root, so --scale 0.1 makes about a tenth.
/// </summary>
public sealed record DataSetShape(double Scale, int Communes, int Indicators, IReadOnlyList<Period> Quarters)
{
    public const int FullCommunes = 3321;
    public const int FullIndicatorBlocks = 15;
    public const int MinistriesReporting = 22;
    public const int FirstYear = 2021;
    public const int Years = 5;

    public static DataSetShape For(double scale)
    {
        if (scale is <= 0 or > 1 || double.IsNaN(scale))
        {
            throw new ArgumentOutOfRangeException(nameof(scale), scale, "The scale must be in (0, 1].");
        }
        var root = Math.Sqrt(scale);
        var communes = Math.Max(34, (int)Math.Round(FullCommunes * root));
        // Indicators come in blocks of ten (IndicatorPlan); the last block is reported by provinces and ministries.
        var blocks = Math.Max(2, (int)Math.Round(FullIndicatorBlocks * root));
        var quarters = Enumerable.Range(0, Years * 4)
            .Select(q => Period.Create(PeriodType.Quarter, FirstYear + q / 4, q % 4 + 1))
            .ToList();
        return new DataSetShape(scale, communes, blocks * IndicatorPlan.BlockSize, quarters);
    }
}
