namespace DxMonitor.Domain.Units;

/// <summary>
/// A named set of units (nhóm đơn vị) that filters lists and serves as a peer group for rankings: the ministries
/// providing public services, a socio-economic region. Members are units, whatever their level.
/// </summary>
public sealed class UnitGroup
{
    public int Id { get; private set; }
    public required string Code { get; init; }
    public required string NameVi { get; set; }
    public required string NameEn { get; set; }
    public string? DescriptionVi { get; set; }
    public string? DescriptionEn { get; set; }
    public List<UnitGroupMember> Members { get; init; } = [];
}

/// <summary>A unit's membership of a group.</summary>
public sealed class UnitGroupMember
{
    public int GroupId { get; init; }
    public required int UnitId { get; init; }
}
