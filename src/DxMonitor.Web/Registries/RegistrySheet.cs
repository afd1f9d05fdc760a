using System.Text;
using DxMonitor.Domain.Registries;
using DxMonitor.Web.ImportExport;

namespace DxMonitor.Web.Registries;

/// <summary>
/// The columns of a registry's file: record id, unit code, unit name (ignored on import), the entry's name,
/// then the registry's fields. Headers are Vietnamese; an import also accepts the English key.
/// </summary>
public sealed class RegistrySheet
{
    public sealed record Column(string Key, string Header, bool Ignored = false);

    public RegistrySheet(RegistryDefinition registry)
    {
        Columns = [new("id", "Mã bản ghi"), new("unit", "Mã đơn vị"), new("unitName", "Tên đơn vị", Ignored: true),
            new("name", registry.NameField.LabelVi), .. registry.Fields.Select(f => new Column(f.Key, f.LabelVi))];
    }

    public IReadOnlyList<Column> Columns { get; }

    public IReadOnlyList<string> Headers => [.. Columns.Select(c => c.Header)];

    public IReadOnlyList<object?> Row(RegistryEntryResponse e) =>
        [e.Id.ToString(), e.Unit, e.UnitNameVi, e.Name, .. Columns.Skip(4).Select(c => (object?)e.Fields.GetValueOrDefault(c.Key))];

    public Column? Find(string header)
    {
        var wanted = Canonical(header);
        return Columns.FirstOrDefault(c => Canonical(c.Header) == wanted || Canonical(c.Key) == wanted);
    }

    /// <summary>"row 7, column F (members)" for an error key such as "fields.members" of the entry read from row 7.</summary>
    public static string Where(int row, IReadOnlyDictionary<string, int> layout, string key)
    {
        var column = key.StartsWith("fields.", StringComparison.Ordinal) ? key["fields.".Length..] : key;
        return layout.TryGetValue(column, out var number) ? ValueSheet.Where(row, number, column) : $"row {row}";
    }

    private static string Canonical(string text) =>
        string.Join(' ', text.Normalize(NormalizationForm.FormC).Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
