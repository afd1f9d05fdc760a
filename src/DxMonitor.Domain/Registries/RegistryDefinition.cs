using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Registries;

/// <summary>
/// What makes one registry different from another, and nothing more: its key and names, what its entries'
/// name means, which levels of units keep it, its fields, a rule across fields, and which indicators its
/// entries count towards (at the entry's unit, or at the nation).
/// </summary>
public sealed record RegistryDefinition(
    string Key,
    string NameVi,
    string NameEn,
    RegistryField NameField,
    IReadOnlyList<UnitLevel> Levels,
    IReadOnlyList<RegistryField> Fields,
    IReadOnlyList<string> Indicators,
    Func<IReadOnlyList<RegistryEntry>, UnitLevel, Period, IEnumerable<RegistryCount>> Count)
{
    /// <summary>True when the counts belong to the nation rather than to each entry's unit (national platforms).</summary>
    public bool CountsAtNation { get; init; }

    /// <summary>A rule across fields, e.g. "closed on" not before "since".</summary>
    public Func<IReadOnlyDictionary<string, string>, IEnumerable<FieldProblem>>? Check { get; init; }

    public RegistryField? Field(string key) => Fields.FirstOrDefault(f => string.Equals(f.Key, key, StringComparison.OrdinalIgnoreCase));
}
