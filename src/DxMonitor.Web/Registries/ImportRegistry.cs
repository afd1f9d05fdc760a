using System.Globalization;
using System.Text.RegularExpressions;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Registries;
using DxMonitor.Web.Api;
using DxMonitor.Web.ImportExport;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Resources;

namespace DxMonitor.Web.Registries;

/// <summary>
/// Imports a CSV or XLSX file of a registry's entries: rows with an id update that entry, rows without add
/// one. Every wrong cell is reported by row and column; all rows are stored, or none.
/// </summary>
public static partial class ImportRegistry
{
    public abstract record Outcome;
    public sealed record BadFile(string Message, Dictionary<string, string[]>? Errors = null) : Outcome;
    public sealed record TooLarge(string Message, string Setting) : Outcome;
    public sealed record Invalid(Dictionary<string, string[]> Errors) : Outcome;
    public sealed record Forbidden(string Where, string Unit) : Outcome;
    public sealed record Done(RegistryImportResult Result) : Outcome;

    public static async Task<Outcome> ExecuteAsync(
        RegistryDefinition registry, string fileName, byte[] bytes, int maxRows, XlsxLimits xlsx, Actor actor, DxDbContext db, TimeProvider clock,
        ReportChannel monitoring, CancellationToken ct)
    {
        SheetTable? table;
        try
        {
            table = bytes.Length == 0 ? null : ImportValues.ReadTable(fileName, bytes, xlsx);
        }
        catch (UnreadableFileException e)
        {
            return new BadFile(e.Message);
        }
        catch (FileTooLargeException e)
        {
            return new TooLarge(e.Message, e.Setting);
        }
        if (table is null)
        {
            return new BadFile(bytes.Length == 0 ? ImportExportText.Texts.Format("FileEmpty") : ImportExportText.Texts.Format("NotCsvOrXlsx", fileName));
        }
        var sheet = new RegistrySheet(registry);
        var (layout, headerErrors) = ReadHeader(sheet, table.Header);
        if (headerErrors.Count > 0)
        {
            return new BadFile(ImportExportText.Texts.Format("WrongHeader"), headerErrors);
        }
        if (table.Rows.Count == 0 || table.Rows.Count > maxRows)
        {
            return new BadFile(table.Rows.Count == 0 ? ImportExportText.Texts.Format("NoDataRows") : ImportExportText.Texts.Format("TooManyRows", table.Rows.Count, maxRows));
        }
        var errors = new FieldErrors();
        var items = new List<SaveRegistryEntry.Item>();
        foreach (var row in table.Rows)
        {
            string Cell(string key) => layout.TryGetValue(key, out var c) ? row[c - 1].Text.Trim() : "";
            Guid? id = null;
            if (Cell("id") is { Length: > 0 } text)
            {
                if (!Guid.TryParse(text, out var parsed))
                {
                    errors.Add(RegistrySheet.Where(row.Number, layout, "id"), RegistriesText.Texts.Format("NotARecordId", text));
                }
                id = parsed;
            }
            var fields = registry.Fields.Where(f => layout.ContainsKey(f.Key)).ToDictionary(f => f.Key, f => (string?)Cell(f.Key));
            items.Add(new($"rows[{row.Number}].", id, new RegistryEntryWrite(Cell("unit"), Cell("name"), fields)));
        }
        if (errors.Count > 0)
        {
            return new Invalid(errors.ToDictionary());
        }
        return await SaveRegistryEntry.ExecuteAsync(registry, items, actor, db, clock, monitoring, ct) switch
        {
            SaveRegistryEntry.Done done => new Done(new RegistryImportResult(items.Count, done.Created, done.Updated)),
            SaveRegistryEntry.Invalid invalid => new Invalid(invalid.Errors.ToDictionary().GroupBy(e => ToCell(e.Key, layout))
                .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray())),
            SaveRegistryEntry.Forbidden forbidden => new Forbidden(ToCell(forbidden.Field, layout), forbidden.Unit),
            SaveRegistryEntry.NotFound notFound => new Invalid(new() { [ToCell(notFound.Field, layout)] = [RegistriesText.Texts.Format("NoEntryWithId")] }),
            var other => throw new InvalidOperationException($"Unexpected outcome {other.GetType().Name}."),
        };
    }

    private static (Dictionary<string, int> Layout, Dictionary<string, string[]> Errors) ReadHeader(RegistrySheet sheet, IReadOnlyList<string> header)
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
            if (sheet.Find(header[i]) is not { } column)
            {
                errors[where] = [ImportExportText.Texts.Format("UnknownColumn", header[i].Trim(), string.Join(", ", sheet.Headers))];
            }
            else if (!column.Ignored && !layout.TryAdd(column.Key, i + 1))
            {
                errors[where] = [ImportExportText.Texts.Format("ColumnTwice", header[i].Trim(), column.Key, ValueSheet.Letter(layout[column.Key]))];
            }
        }
        var missing = sheet.Columns.Where(c => c.Key is "unit" or "name" && !layout.ContainsKey(c.Key)).ToList();
        if (missing.Count > 0)
        {
            errors["columns"] = [ReadValueRows.MissingColumns(missing.Select(c => (c.Header, c.Key)))];
        }
        return (layout, errors);
    }

    /// <summary>"rows[7].fields.members" → "row 7, column F (members)".</summary>
    private static string ToCell(string key, Dictionary<string, int> layout)
    {
        var match = RowKey().Match(key);
        return match.Success ? RegistrySheet.Where(int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture), layout, match.Groups[2].Value) : key;
    }

    [GeneratedRegex(@"^rows\[(\d+)\]\.(.+)$")]
    private static partial Regex RowKey();
}
