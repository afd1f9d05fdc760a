using DxMonitor.Domain.Engine;
using DxMonitor.Domain.Periods;
using DxMonitor.Web.Monitoring;

namespace DxMonitor.Web.Dashboards;

/// <summary>One unit's page from the engine: its place in the hierarchy, its latest figures and its targets.</summary>
public static class UnitViews
{
    /// <summary>
    /// The unit as on <paramref name="today"/>, or, for a unit that no longer exists, as on its last day: the units
    /// above and below it then, and each indicator's latest value up to that day.
    /// </summary>
    public static UnitView? Describe(MonitoringSnapshot s, string code, DateOnly today)
    {
        if (DashboardQueries.UnitIndex(s, code) is not { } unit)
        {
            return null;
        }
        var graph = s.Engine.Units;
        var entity = graph.Units[unit];
        var day = entity.ValidTo is { } end && end <= today ? end.AddDays(-1) : today;
        var children = graph.Children[unit].Where(c => graph.IsValidOn(c, day.DayNumber)).Select(c => Link(s, c))
            .OrderBy(c => c.Code, StringComparer.Ordinal).ToList();
        var ancestors = graph.Ancestors(unit).Select(a => Link(s, a)).Reverse().ToList();
        var headlines = DashboardQueries.Headlines(s, unit, day);
        var figures = new List<UnitFigure>();
        for (var i = 0; i < s.Engine.Indicators.Count; i++)
        {
            var (period, cell) = Latest(s.Engine, i, unit, day);
            var target = headlines.FirstOrDefault(h => h.Indicator == s.Engine.Indicators[i].Code);
            if (cell.HasValue || target is not null)
            {
                figures.Add(new UnitFigure(s.Engine.Indicators[i].Code, period?.Code, cell.HasValue ? Math.Round(cell.Value, 4) : null, cell.Source,
                    target?.Status, target?.TargetValue, target?.Deadline));
            }
        }
        return new UnitView(Link(s, unit), entity.ValidFrom, entity.ValidTo, ancestors, children, figures, headlines);
    }

    /// <summary>The database ids of a unit and every unit below it, at any time; null for the nation (every unit).</summary>
    public static List<int>? SubtreeIds(MonitoringSnapshot s, string code)
    {
        if (DashboardQueries.UnitIndex(s, code) is not { } unit || s.Engine.Units.Parent[unit] < 0)
        {
            return null;
        }
        var graph = s.Engine.Units;
        var ids = new List<int>();
        var pending = new Stack<int>([unit]);
        while (pending.TryPop(out var next))
        {
            ids.Add(graph.Units[next].Id);
            foreach (var child in graph.Children[next])
            {
                pending.Push(child);
            }
        }
        return ids;
    }

    /// <summary>The indicator's last period up to <paramref name="day"/> with a value for the unit.</summary>
    private static (Period? Period, ResolvedCell Cell) Latest(RollupEngine engine, int indicator, int unit, DateOnly day)
    {
        var axis = engine.AxisOf(indicator);
        for (var p = axis.Count - 1; p >= 0; p--)
        {
            if (axis.Periods[p].End > day)
            {
                continue;
            }
            var cell = engine.Resolve(indicator, unit, axis.Periods[p]);
            if (cell.HasValue)
            {
                return (axis.Periods[p], cell);
            }
        }
        return (null, ResolvedCell.Empty);
    }

    private static UnitLink Link(MonitoringSnapshot s, int unit)
    {
        var u = s.Engine.Units.Units[unit];
        return new UnitLink(u.Code, u.NameVi, u.NameEn, u.Level);
    }
}
