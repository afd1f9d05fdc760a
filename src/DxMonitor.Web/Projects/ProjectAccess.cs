using DxMonitor.Domain.Access;
using DxMonitor.Domain.Alerts;
using DxMonitor.Domain.Projects;
using DxMonitor.Web.Units;

namespace DxMonitor.Web.Projects;

/// <summary>
/// Whose projects an actor sees: national analysts, administrators and leaders every unit's; a unit officer
/// its own unit's (and the units below, if so issued); anyone else none. Writes are checked with
/// <see cref="Actor.CanWriteFor"/>: leaders read but never write.
/// </summary>
public static class ProjectAccess
{
    /// <summary>The ids of the units whose projects the actor sees; null means every unit.</summary>
    public static HashSet<int>? VisibleUnits(Actor actor, UnitDirectory units) => actor.ReadableUnits(units);

    public static IQueryable<Project> VisibleTo(this IQueryable<Project> projects, HashSet<int>? units) =>
        units is null ? projects : projects.Where(p => units.Contains(p.UnitId));

    /// <summary>
    /// Alerts without the project alerts (<see cref="AlertRule.ProjectWarning"/>) of units whose projects the reader
    /// may not see (<paramref name="units"/> from <see cref="VisibleUnits"/>): they name a project and its money.
    /// </summary>
    public static IQueryable<Alert> VisibleTo(this IQueryable<Alert> alerts, HashSet<int>? units) =>
        units is null ? alerts : alerts.Where(a => a.Rule != AlertRule.ProjectWarning || units.Contains(a.UnitId));

    public static bool CanWrite(Actor actor, int unitId, UnitDirectory units) =>
        units.ById.TryGetValue(unitId, out var unit) && actor.CanWriteFor(unitId, units.AncestorIds(unit));
}
