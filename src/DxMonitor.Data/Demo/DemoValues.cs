using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;

namespace DxMonitor.Data.Demo;

/// <summary>
/// Plausible sample figures for one unit and indicator over consecutive periods, the same on every run: counts that
/// grow a few per cent a period from a size that depends on the unit's level, shares that rise towards 100 %, and
/// yes/no figures that turn yes at some period and stay so.
/// </summary>
public static class DemoValues
{
    public static IEnumerable<(Period Period, decimal Value)> Series(Indicator indicator, OrgUnit unit, IReadOnlyList<Period> periods)
    {
        var random = new Random(StableSeed($"{indicator.Code}|{unit.Code}"));
        var min = indicator.Minimum ?? 0;
        var max = indicator.Maximum ?? (indicator.ValueType == IndicatorValueType.Percentage ? 100 : decimal.MaxValue);
        switch (indicator.ValueType)
        {
            case IndicatorValueType.Percentage:
                {
                    var share = 20 + random.NextDouble() * 55;
                    foreach (var period in periods)
                    {
                        share = Math.Min(100, share + random.NextDouble() * 3.5);
                        yield return (period, Math.Clamp(Math.Round((decimal)share, 1), min, max));
                    }
                    break;
                }
            case IndicatorValueType.YesNo:
                {
                    var turnsYesAt = random.Next(-2, periods.Count + 3);
                    for (var i = 0; i < periods.Count; i++)
                    {
                        yield return (periods[i], i >= turnsYesAt ? 1 : 0);
                    }
                    break;
                }
            case IndicatorValueType.Number:
                {
                    var size = unit.Level switch
                    {
                        UnitLevel.Nation => 2_000_000,
                        UnitLevel.Province => 20_000,
                        UnitLevel.Ministry => 5_000,
                        _ => 500,
                    };
                    var count = size * (0.3 + random.NextDouble() * 1.7);
                    foreach (var period in periods)
                    {
                        count *= 1 + (0.005 + random.NextDouble() * 0.035);
                        yield return (period, Math.Clamp(Math.Round((decimal)count), min, max));
                    }
                    break;
                }
            default:
                yield break;
        }
    }

    /// <summary>A seed from text that does not change between runs (string.GetHashCode does).</summary>
    public static int StableSeed(string text)
    {
        var hash = 17;
        foreach (var c in text)
        {
            hash = unchecked(hash * 31 + c);
        }
        return hash;
    }
}
