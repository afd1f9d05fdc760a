using System.Globalization;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Text;
using DxMonitor.Web.Api;
using DxMonitor.Web.ImportExport;
using DxMonitor.Web.Resources;

namespace DxMonitor.Web.Procedures;

/// <summary>
/// Imports a CSV or XLSX procedure catalogue: one row per procedure version. Every wrong cell is reported by row and
/// column; all rows are stored, or none.
/// </summary>
public static class ImportProcedures
{
    public abstract record Outcome;
    public sealed record BadFile(string Message, Dictionary<string, string[]>? Errors = null) : Outcome;
    public sealed record TooLarge(string Message, string Setting) : Outcome;
    public sealed record Invalid(Dictionary<string, string[]> Errors) : Outcome;
    public sealed record Forbidden(string Where, string Unit) : Outcome;
    public sealed record Done(ProcedureImportResult Result) : Outcome;

    private static readonly Dictionary<string, string> ColumnOfField = new(StringComparer.Ordinal)
    {
        ["unit"] = "unit",
        ["procedure"] = "procedure",
        ["name"] = "name",
        ["onlineLevel"] = "online_level",
        ["timeLimitDays"] = "time_limit_days",
        ["validFrom"] = "valid_from",
    };

    public static async Task<Outcome> ExecuteAsync(
        string fileName, byte[] bytes, int maxRows, XlsxLimits xlsx, Actor actor, DxDbContext db, TimeProvider clock, CancellationToken ct)
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
        var (layout, headerErrors) = ImportHeader.Read(ProcedureSheet.Columns, table.Header);
        if (headerErrors.Count > 0)
        {
            return new BadFile(ImportExportText.Texts.Format("WrongHeader"), headerErrors);
        }
        if (table.Rows.Count == 0 || table.Rows.Count > maxRows)
        {
            return new BadFile(table.Rows.Count == 0 ? ImportExportText.Texts.Format("NoDataRows") : ImportExportText.Texts.Format("TooManyRows", table.Rows.Count, maxRows));
        }
        var errors = new FieldErrors();
        var items = new List<SaveProcedures.Item>();
        foreach (var row in table.Rows)
        {
            string? Cell(string key) => layout.TryGetValue(key, out var c) && row[c - 1].Text.Trim() is { Length: > 0 } text ? text : null;
            bool? Flag(string key)
            {
                if (Cell(key) is not { } text)
                {
                    return null;
                }
                if (YesNo.TryParse(text, out var value))
                {
                    return value;
                }
                errors.Add(ProcedureSheet.Where(row.Number, layout, key), ProceduresText.Texts.Format("NotYesNo", text));
                return null;
            }
            int? limit = null;
            if (Cell("time_limit_days") is { } days)
            {
                if (int.TryParse(days, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed))
                {
                    limit = parsed;
                }
                else
                {
                    errors.Add(ProcedureSheet.Where(row.Number, layout, "time_limit_days"), ProceduresText.Texts.Format("NotWholeDays", days));
                }
            }
            var write = new ProcedureWrite(Cell("name"), Cell("online_level"), Flag("fee"), Flag("paper_result"), limit, Flag("working_days"), Cell("valid_from"));
            items.Add(new($"rows[{row.Number}].", Cell("unit"), Cell("procedure"), write));
        }
        if (errors.Count > 0)
        {
            return new Invalid(errors.ToDictionary());
        }
        return await SaveProcedures.ExecuteAsync(items, actor, db, clock, ct) switch
        {
            SaveProcedures.Done done => new Done(new ProcedureImportResult(items.Count, done.Created, done.Updated)),
            SaveProcedures.Invalid invalid => new Invalid(invalid.Errors.ToDictionary().GroupBy(e => ToCell(e.Key, layout))
                .ToDictionary(g => g.Key, g => g.SelectMany(e => e.Value).ToArray())),
            SaveProcedures.Forbidden forbidden => new Forbidden(ToCell(forbidden.Field, layout), forbidden.Unit),
            var other => throw new InvalidOperationException($"Unexpected outcome {other.GetType().Name}."),
        };
    }

    /// <summary>"rows[7].timeLimitDays" → "row 7, column G (time_limit_days)".</summary>
    private static string ToCell(string key, Dictionary<string, int> layout)
    {
        if (!key.StartsWith("rows[", StringComparison.Ordinal) || key.IndexOf("].", StringComparison.Ordinal) is not (> 5 and var end))
        {
            return key;
        }
        var row = int.Parse(key[5..end], CultureInfo.InvariantCulture);
        var field = key[(end + 2)..];
        return ProcedureSheet.Where(row, layout, ColumnOfField.GetValueOrDefault(field, field));
    }
}
