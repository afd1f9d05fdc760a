namespace DxMonitor.Domain.Units;

/// <summary>
/// An organisation unit (đơn vị): the nation, a ministry, a province, a district or a commune, valid over
/// a half-open interval [ValidFrom, ValidTo). A unit whose validity ended stays readable for its history.
/// </summary>
public sealed class OrgUnit
{
    public int Id { get; private set; }
    public required string Code { get; init; }

    /// <summary>The official administrative code (mã đơn vị hành chính); not unique over time.</summary>
    public string? AdminCode { get; init; }

    public required UnitLevel Level { get; init; }
    public required string NameVi { get; set; }
    public required string NameEn { get; set; }
    public int? ParentId { get; init; }
    public OrgUnit? Parent { get; private set; }

    /// <summary>First day of validity; null when it predates the records.</summary>
    public DateOnly? ValidFrom { get; init; }

    /// <summary>First day the unit no longer exists (exclusive end); null while it exists.</summary>
    public DateOnly? ValidTo { get; set; }

    public bool IsValidOn(DateOnly date) =>
        (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date < ValidTo);
}
