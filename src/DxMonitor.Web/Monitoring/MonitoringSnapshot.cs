using DxMonitor.Domain.DxIndex;
using DxMonitor.Domain.Engine;
using DxMonitor.Domain.Monitoring;

namespace DxMonitor.Web.Monitoring;

/// <summary>
/// The engine with its latest pass: what the rollup, progress, ranking and alert reads see, and the indexes'
/// adopted methodologies that pass ranked with.
/// </summary>
public sealed record MonitoringSnapshot(
    RollupEngine Engine, IReadOnlyList<TargetInput> Targets, MonitoringResult Result, DateTime ComputedAt, TimeSpan PassDuration,
    IReadOnlyList<IndexSchedule> Indexes)
{
    public IndexSchedule? Index(string code) => Indexes.FirstOrDefault(i => i.Code == code);

    /// <summary>Each index as its latest adopted methodology names it.</summary>
    public IReadOnlyList<IndexDefinition> IndexDefinitions => [.. Indexes.Select(i => i.Latest)];

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
