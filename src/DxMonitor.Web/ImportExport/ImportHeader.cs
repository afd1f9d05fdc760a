using DxMonitor.Domain.Text;
using DxMonitor.Web.Resources;

namespace DxMonitor.Web.ImportExport;

/// <summary>
/// The header row of an import file whose columns are known by key or Vietnamese header (case and diacritics ignored):
/// where each column is, or which header cells are unknown or repeated and which required columns are missing.
/// </summary>
public static class ImportHeader
{
    public sealed record Column(string Key, string Header, bool Required);

    public static Column? Find(IReadOnlyList<Column> columns, string header)
    {
        var folded = SearchText.Fold(header);
        return columns.FirstOrDefault(c => c.Key == folded || SearchText.Fold(c.Header) == folded);
    }

    /// <summary>Each column's number (from 1) by key, or the problems by place ("row 1, column C", "columns").</summary>
    public static (Dictionary<string, int> Layout, Dictionary<string, string[]> Errors) Read(IReadOnlyList<Column> columns, IReadOnlyList<string> header)
    {
        var layout = new Dictionary<string, int>(StringComparer.Ordinal);
        var errors = new Dictionary<string, string[]>();
        for (var i = 0; i < header.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(header[i]))
            {
                continue;
            }
            var where = $"row 1, column {ValueSheet.Letter(i + 1)}";
            if (Find(columns, header[i]) is not { } column)
            {
                errors[where] = [ImportExportText.Texts.Format("UnknownColumn", header[i].Trim(), string.Join(", ", columns.Select(c => c.Key)))];
            }
            else if (!layout.TryAdd(column.Key, i + 1))
            {
                errors[where] = [ImportExportText.Texts.Format("ColumnTwice", header[i].Trim(), column.Key, ValueSheet.Letter(layout[column.Key]))];
            }
        }
        var missing = columns.Where(c => c.Required && !layout.ContainsKey(c.Key)).ToList();
        if (missing.Count > 0)
        {
            errors["columns"] = [ReadValueRows.MissingColumns(missing.Select(c => (c.Header, c.Key)))];
        }
        return (layout, errors);
    }

    /// <summary>"row 7, column G (time_limit_days)", the place of a cell as every import names it.</summary>
    public static string Where(int row, IReadOnlyDictionary<string, int> layout, string key) =>
        layout.TryGetValue(key, out var column) ? ValueSheet.Where(row, column, key) : $"row {row} ({key})";
}
