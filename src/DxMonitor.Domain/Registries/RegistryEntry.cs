using DxMonitor.Domain.Access;

namespace DxMonitor.Domain.Registries;

/// <summary>
/// An entry of one of the registries (national platforms, community teams, dead zones, database catalogues,
/// data-sharing violations): its unit, its name and the registry's own fields as invariant text.
/// </summary>
public sealed class RegistryEntry : IAuditedRecord
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required string Registry { get; init; }
    public required int UnitId { get; set; }
    public required string Name { get; set; }
    public string NameFolded { get; set; } = "";
    public Dictionary<string, string> Fields { get; set; } = new(StringComparer.Ordinal);
    public required DateTime UpdatedAt { get; set; }

    public string AuditSubject => $"registry/{Registry}/{Id}";

    public string? Field(string key) => Fields.GetValueOrDefault(key);

    public DateOnly? Date(string key) =>
        DateOnly.TryParseExact(Field(key), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var d)
            ? d : null;

    public decimal Number(string key) =>
        decimal.TryParse(Field(key), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 0m;
}
