namespace DxMonitor.Domain.Units;

/// <summary>
/// An organisation unit (đơn vị): the nation, a ministry, a province, a district or a commune, valid over
/// a half-open interval [ValidFrom, ValidTo). A unit whose validity ended stays readable for its history.
/// </summary>
public sealed class OrgUnit
{
    public int Id { get; private set; }

    /// <summary>Stable public code; gains the suffix <c>-YYYY</c> when the unit's end is recorded (ADR 003, ADR 027).</summary>
    public required string Code { get; set; }

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

    /// <summary>Free text about how the unit came to be, as published (e.g. the communes a 2025 commune was formed from).</summary>
    public string? Note { get; set; }

    public bool IsValidOn(DateOnly date) =>
        (ValidFrom is null || ValidFrom <= date) && (ValidTo is null || date < ValidTo);

    /// <summary>
    /// Ends the unit on <paramref name="on"/> (its first day without it) and gives it its ended code (see
    /// <see cref="EndedCode"/>), freeing the plain code for a successor.
    /// </summary>
    public void End(DateOnly on, Func<string, bool> isTaken)
    {
        ValidTo = on;
        Code = EndedCode(Code, on, isTaken);
    }

    /// <summary>
    /// <c>CODE-YYYY</c>, the year the unit ended (ADR 003); when a unit of the same code already ended that year,
    /// <c>CODE-YYYY-MM-DD</c> (ADR 027).
    /// </summary>
    public static string EndedCode(string code, DateOnly on, Func<string, bool> isTaken)
    {
        var byYear = $"{code}-{on.Year}";
        return isTaken(byYear) ? $"{code}-{on:yyyy-MM-dd}" : byYear;
    }
}
