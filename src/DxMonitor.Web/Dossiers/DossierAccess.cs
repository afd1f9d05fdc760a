using DxMonitor.Data.Dossiers;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Units;

namespace DxMonitor.Web.Dossiers;

/// <summary>
/// Who may send and read which unit's dossiers: national roles every unit; an officer sends for its own unit
/// (and the units below it when so issued) and reads its unit and every unit below; a leader reads the same.
/// </summary>
public sealed class DossierAccess(Actor actor, UnitDirectory units)
{
    public Actor Actor => actor;
    public UnitDirectory Units => units;

    public bool CanSend(OrgUnit unit) => actor.CanWriteFor(unit.Id, units.AncestorIds(unit));

    public bool CanRead(OrgUnit unit) => actor.ReadsUnpublishedOf(unit, units);

    /// <summary>The unit ids whose dossiers the actor reads: null for every unit.</summary>
    public HashSet<int>? ReadableIds() => actor.ReadableUnits(units);

    /// <summary>How <see cref="DossierIngest"/> resolves a row's unit code.</summary>
    public DossierIngest.UnitAccess? Resolve(string code) =>
        units.ByCode.TryGetValue(code, out var unit) ? new DossierIngest.UnitAccess(unit.Id, CanSend(unit)) : null;
}
