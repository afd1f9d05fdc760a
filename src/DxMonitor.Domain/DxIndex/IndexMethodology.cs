using DxMonitor.Domain.Access;

namespace DxMonitor.Domain.DxIndex;

/// <summary>
/// One version of an index's methodology for a year (phương pháp tính chỉ số), made by copying an earlier one and
/// editing it. Only the adopted version of a year is used for rankings; a version a published ranking was computed
/// with never changes again, so the ranking stays reproducible (<see cref="Hash"/> names its exact content).
/// </summary>
public sealed class IndexMethodology : IAuditedRecord
{
    public int Id { get; private set; }
    public required string Index { get; init; }
    public required int Year { get; init; }

    /// <summary>1 for a year's first version, then one more for each copy made for the same year.</summary>
    public required int Version { get; init; }

    public MethodologyStatus Status { get; private set; }

    /// <summary>Where the structure comes from and what of it could be checked (a decision, the product's seed, an analyst).</summary>
    public string? Source { get; set; }

    public IndexDefinition Definition { get; private set; } = null!; // set by the constructor's callers through Create

    public string Hash { get; private set; } = "";
    public required string UpdatedBy { get; set; }
    public required DateTime UpdatedAt { get; set; }
    public string? AdoptedBy { get; private set; }
    public DateTime? AdoptedAt { get; private set; }

    public string AuditSubject => $"methodology/{Index}/{Year}/{Version}";

    public static IndexMethodology Create(IndexDefinition definition, int year, int version, string by, DateTime at, string? source)
    {
        var methodology = new IndexMethodology { Index = definition.Code, Year = year, Version = version, UpdatedBy = by, UpdatedAt = at, Source = source };
        methodology.Replace(definition, by, at);
        return methodology;
    }

    public void Replace(IndexDefinition definition, string by, DateTime at)
    {
        Definition = definition;
        Hash = MethodologyJson.Hash(definition);
        UpdatedBy = by;
        UpdatedAt = at;
    }

    public void Adopt(string by, DateTime at)
    {
        Status = MethodologyStatus.Adopted;
        AdoptedBy = by;
        AdoptedAt = at;
    }

    public void Supersede() => Status = MethodologyStatus.Superseded;

    public AdoptedMethodology ToAdopted() => new(Year, Id, Version, Hash, Definition);
}
