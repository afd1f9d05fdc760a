using DxMonitor.Domain.Engine;
using DxMonitor.Domain.Monitoring;

namespace DxMonitor.Web.Monitoring;

/// <summary>The engine with its latest pass: what the rollup, progress, ranking and alert reads see.</summary>
public sealed record MonitoringSnapshot(
    RollupEngine Engine, IReadOnlyList<TargetInput> Targets, MonitoringResult Result, DateTime ComputedAt, TimeSpan PassDuration)
{
    public int? IndicatorIndex(string code)
    {
        for (var i = 0; i < Engine.Indicators.Count; i++)
        {
            if (Engine.Indicators[i].Code == code)
            {
                return i;
            }
        }
        return null;
    }
}
