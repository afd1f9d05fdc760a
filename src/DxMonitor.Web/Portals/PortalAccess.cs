using DxMonitor.Domain.Access;
using DxMonitor.Domain.Portals;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Units;

namespace DxMonitor.Web.Portals;

/// <summary>
/// Who may see and evaluate a unit's portals: national analysts and administrators every unit's, leaders read
/// every unit's, a unit's officer only its own unit's (and its descendants' when granted). Another unit's portal
/// is "not found".
/// </summary>
public static class PortalAccess
{
    public static bool CanRead(Actor actor, OrgUnit unit, UnitDirectory units) =>
        actor.Role == Role.Leader || CanEvaluate(actor, unit, units);

    public static bool CanEvaluate(Actor actor, OrgUnit unit, UnitDirectory units) =>
        actor.CanWriteFor(unit.Id, units.AncestorIds(unit));

    public static IEnumerable<Portal> VisibleTo(this IEnumerable<Portal> portals, Actor actor, UnitDirectory units) =>
        portals.Where(p => units.ById.TryGetValue(p.UnitId, out var unit) && CanRead(actor, unit, units));
}
