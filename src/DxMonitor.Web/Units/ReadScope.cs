using DxMonitor.Domain.Access;
using DxMonitor.Domain.Units;

namespace DxMonitor.Web.Units;

/// <summary>
/// The read-scope rule of <see cref="Actor.ReadsUnpublishedOf"/> over the unit directory: which units' unpublished
/// data (values, history, alerts, projects, dossiers) a reader sees. Every page, API and export asks here.
/// </summary>
public static class ReadScope
{
    /// <summary>The units whose unpublished data the actor reads; null when every unit's.</summary>
    public static HashSet<int>? ReadableUnits(this Actor actor, UnitDirectory units)
    {
        if (actor.ReadsEveryUnit)
        {
            return null;
        }
        return actor.Role is Role.UnitOfficer or Role.Leader && actor.UnitId is { } own && units.ById.TryGetValue(own, out var unit)
            ? units.SubtreeIds(unit)
            : [];
    }

    public static bool ReadsUnpublishedOf(this Actor actor, OrgUnit unit, UnitDirectory units) =>
        actor.ReadsUnpublishedOf(unit.Id, units.AncestorIds(unit));

    public static DataView ViewOf(this Actor actor, OrgUnit unit, UnitDirectory units) =>
        actor.ViewOf(unit.Id, units.AncestorIds(unit));
}
