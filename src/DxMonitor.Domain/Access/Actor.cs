namespace DxMonitor.Domain.Access;

/// <summary>
/// The user behind a request, as far as authorisation cares: a role and, for a unit officer, the unit it
/// answers for (and optionally that unit's descendants).
/// </summary>
public sealed record Actor(string Name, Role Role, int? UnitId, bool IncludesDescendants)
{
    public bool IsNational => Role is Role.NationalAnalyst or Role.NationalAdministrator;

    /// <summary>The public (anyone not signed in, or with the public role) sees published data only.</summary>
    public DataView View => Role == Role.Public ? DataView.Published : DataView.Working;

    /// <summary>Whether this actor may write data of a unit whose ancestors (nearest first) are given.</summary>
    public bool CanWriteFor(int unitId, IEnumerable<int> ancestorIds) =>
        IsNational
        || Role == Role.UnitOfficer && UnitId is { } own
            && (own == unitId || IncludesDescendants && ancestorIds.Contains(own));
}
