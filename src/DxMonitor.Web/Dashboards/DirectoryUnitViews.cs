using DxMonitor.Domain.Units;
using DxMonitor.Web.Units;

namespace DxMonitor.Web.Dashboards;

/// <summary>
/// The hierarchy part of a unit's page from the unit directory rather than the engines: the engines carry only the
/// units some indicator is reported by (ADR 027), yet drilling down must reach every unit, the communes included.
/// </summary>
public static class DirectoryUnitViews
{
    /// <summary>A unit the engines do not carry: its place in the hierarchy, no figures; null for an unknown code.</summary>
    public static UnitView? Describe(UnitDirectory units, string code, DateOnly today)
    {
        if (!units.ByCode.TryGetValue(code, out var unit))
        {
            return null;
        }
        var ancestors = units.AncestorIds(unit).Select(id => Link(units.ById[id])).Reverse().ToList();
        return new UnitView(Link(unit), unit.ValidFrom, unit.ValidTo, ancestors, Children(units, unit, DayOf(unit, today)), [], []);
    }

    /// <summary>The page's units below, all of them, as on the unit's last day when it no longer exists.</summary>
    public static UnitView WithAllChildren(UnitView view, UnitDirectory units, DateOnly today) =>
        units.ByCode.TryGetValue(view.Unit.Code, out var unit) ? view with { Children = Children(units, unit, DayOf(unit, today)) } : view;

    private static DateOnly DayOf(OrgUnit unit, DateOnly today) => unit.ValidTo is { } end && end <= today ? end.AddDays(-1) : today;

    private static List<UnitLink> Children(UnitDirectory units, OrgUnit unit, DateOnly day) =>
        [.. UnitDirectory.InDisplayOrder(units.All.Where(u => u.ParentId == unit.Id && u.IsValidOn(day))).Select(Link)];

    private static UnitLink Link(OrgUnit u) => new(u.Code, u.NameVi, u.NameEn, u.Level);
}
