using DxMonitor.Domain.Engine;
using DxMonitor.Domain.Periods;
using DxMonitor.Web.Monitoring;

namespace DxMonitor.Web.Values;

/// <summary>
/// A unit's figure as the monitoring engine holds it, for a unit with no stored figure of its own: the nation's
/// roll-up of a reported indicator, or a computed indicator's value, so that the values API and the roll-ups
/// answer the same figure.
/// </summary>
public static class EngineFigure
{
    public static ResolvedValueResponse Of(MonitoringSnapshot snapshot, string indicator, int unitId, Period period, ResolvedValueResponse stored)
    {
        var engine = snapshot.Engine;
        if (snapshot.IndicatorIndex(indicator) is not { } i || !engine.Units.IndexOf.TryGetValue(unitId, out var u)
            || engine.Indicators[i].PeriodType != period.Type)
        {
            return stored;
        }
        var cell = engine.Resolve(i, u, period);
        if (!cell.HasValue)
        {
            return stored;
        }
        var origin = engine.Indicators[i].Formula is not null ? ValueOrigin.Computed : ValueOrigin.RolledUp;
        return stored with
        {
            Origin = origin,
            Value = (decimal)cell.Value,
            Denominator = double.IsNaN(cell.Denominator) ? null : (decimal)cell.Denominator,
            NoValueReason = null,
        };
    }
}
