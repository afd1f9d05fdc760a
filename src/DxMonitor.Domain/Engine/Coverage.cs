using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Engine;

/// <summary>How many of the units that should report a figure under a unit did ("14/34 tỉnh báo cáo").</summary>
public readonly record struct Coverage(int WithValue, int Expected)
{
    public bool IsPartial => WithValue < Expected;

    /// <summary>
    /// The coverage of <paramref name="unit"/>'s figure for <paramref name="period"/>: its children of a level that
    /// reports the indicator, valid at the period's end, and how many of them have a value; null when no child reports it.
    /// </summary>
    public static Coverage? Of(RollupEngine engine, int indicator, int unit, Period period)
    {
        var graph = engine.Units;
        var levels = engine.Indicators[indicator].ReportingLevels;
        var end = period.End.DayNumber;
        int expected = 0, withValue = 0;
        foreach (var child in graph.Children[unit])
        {
            if (!levels.Includes(graph.Level[child]) || !graph.IsValidOn(child, end))
            {
                continue;
            }
            expected++;
            if (engine.Resolve(indicator, child, period).HasValue)
            {
                withValue++;
            }
        }
        return expected == 0 ? null : new Coverage(withValue, expected);
    }
}
