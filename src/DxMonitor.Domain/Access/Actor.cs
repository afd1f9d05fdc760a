namespace DxMonitor.Domain.Access;

/// <summary>
/// The user behind a request, as far as authorisation cares: a role and, for a unit officer, the unit it
/// answers for (and optionally that unit's descendants).
/// </summary>
public sealed record Actor(string Name, Role Role, int? UnitId, bool IncludesDescendants)
{
    public bool IsNational => Role is Role.NationalAnalyst or Role.NationalAdministrator;

    /// <summary>The actor's unit is the nation itself (the root of the hierarchy): everything is below it.</summary>
    public bool AnswersForNation { get; init; }

    /// <summary>
    /// Reads every unit's unpublished data: national staff, leaders who answer for no unit, and a unit's staff whose
    /// unit is the nation.
    /// </summary>
    public bool ReadsEveryUnit =>
        IsNational || Role == Role.Leader && UnitId is null || Role is Role.Leader or Role.UnitOfficer && AnswersForNation;

    /// <summary>
    /// The view of a read across units (roll-ups, rankings, maps, lists): unpublished data only for those who read
    /// every unit's; a unit's staff, like the public, read other units' published data only.
    /// </summary>
    public DataView View => ReadsEveryUnit ? DataView.Working : DataView.Published;

    /// <summary>
    /// The one read-scope rule: staff of a unit read unpublished data of their unit and of the units below it
    /// (ancestors of the unit read, nearest first, given); national staff read all; everyone else published data.
    /// </summary>
    public bool ReadsUnpublishedOf(int unitId, IEnumerable<int> ancestorIds) =>
        ReadsEveryUnit
        || Role is Role.UnitOfficer or Role.Leader && UnitId is { } own && (own == unitId || ancestorIds.Contains(own));

    /// <summary>The view of a read of one unit's data.</summary>
    public DataView ViewOf(int unitId, IEnumerable<int> ancestorIds) =>
        ReadsUnpublishedOf(unitId, ancestorIds) ? DataView.Working : DataView.Published;

    /// <summary>Whether this actor may write data of a unit whose ancestors (nearest first) are given.</summary>
    public bool CanWriteFor(int unitId, IEnumerable<int> ancestorIds) =>
        IsNational
        || Role == Role.UnitOfficer && UnitId is { } own
            && (own == unitId || IncludesDescendants && ancestorIds.Contains(own));
}
