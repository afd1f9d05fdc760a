using System.Text.RegularExpressions;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Hosting;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Values;

namespace DxMonitor.Web.ImportExport;

/// <summary>
/// Imports a CSV or XLSX file of values: reads every row, reports every wrong cell by row and column, and
/// writes all rows through <see cref="WriteValues"/> in one transaction, or none: national staff's rows are stored,
/// a unit officer's go into the unit's reports for the rounds that ask for them.
/// </summary>
public static partial class ImportValues
{
    /// <summary>
    /// What an import did: data rows read, values created, updated, unchanged, and unfilled rows skipped; for a unit
    /// officer, the reports the values went into as drafts.
    /// </summary>
    public sealed record ImportResult(int Rows, int Created, int Updated, int Unchanged, int Skipped, IReadOnlyList<DraftedReport>? Drafts = null);

    public abstract record Outcome;
    public sealed record BadFile(string Message, Dictionary<string, string[]>? Errors = null) : Outcome;

    /// <summary>A workbook that would expand past a limit; <c>Setting</c> names it.</summary>
    public sealed record TooLarge(string Message, string Setting) : Outcome;
    public sealed record Invalid(Dictionary<string, string[]> Errors) : Outcome;

    /// <summary>Rows that would type over a figure another path owns or a report has locked, by row and column.</summary>
    public sealed record Conflict(Dictionary<string, string[]> Errors) : Outcome;
    public sealed record Forbidden(string Where, string Message) : Outcome;
    public sealed record Done(ImportResult Result) : Outcome;

    public static async Task<Outcome> ExecuteAsync(
        string fileName, byte[] bytes, int maxRows, XlsxLimits xlsx, Actor actor, double jumpFactor, DxDbContext db, TimeProvider clock, ReportChannel monitoring,
        FaultPoints faults, CancellationToken ct)
    {
        if (bytes.Length == 0)
        {
            return new BadFile(ImportExportText.Texts.Format("FileEmpty"));
        }
        SheetTable table;
        try
        {
            table = ReadTable(fileName, bytes, xlsx) ?? throw new UnreadableFileException(ImportExportText.Texts.Format("NotCsvOrXlsx", fileName));
        }
        catch (UnreadableFileException e)
        {
            return new BadFile(e.Message);
        }
        catch (FileTooLargeException e)
        {
            return new TooLarge(e.Message, e.Setting);
        }
        if (table.Header.All(string.IsNullOrWhiteSpace))
        {
            return new BadFile(ImportExportText.Texts.Format("NoHeaderRow"));
        }
        var (layout, headerErrors) = ReadValueRows.ReadHeader(table.Header);
        if (headerErrors.Count > 0)
        {
            return new BadFile(ImportExportText.Texts.Format("WrongHeader"), headerErrors);
        }
        if (table.Rows.Count == 0)
        {
            return new BadFile(ImportExportText.Texts.Format("NoDataRows"));
        }
        if (table.Rows.Count > maxRows)
        {
            return new BadFile(ImportExportText.Texts.Format("TooManyRows", table.Rows.Count, maxRows));
        }
        var errors = new Dictionary<string, List<string>>();
        var rows = ReadValueRows.ReadRows(table, layout, errors);
        if (errors.Count > 0)
        {
            return new Invalid(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }
        if (rows.Count == 0)
        {
            return new BadFile(ImportExportText.Texts.Format("NoValues"));
        }
        var items = rows.Select((r, i) => new ValueItems.Item($"values[{i}].", r.Indicator, r.Unit, r.Period, r.Write)).ToList();
        return await WriteAsync(items, actor, jumpFactor, db, clock, monitoring, faults, ct) switch
        {
            RecordValues.Written { Result: var result } => new Done(new ImportResult(
                table.Rows.Count, result.Created, result.Updated, result.Unchanged, table.Rows.Count - rows.Count, result.Drafts)),
            RecordValues.Invalid invalid => new Invalid(ToFileErrors(invalid.Errors, rows, layout)),
            RecordValues.Conflict conflict => new Conflict(ToFileErrors(conflict.Errors, rows, layout)),
            RecordValues.Forbidden forbidden => new Forbidden(ToFileWhere(forbidden.Field, rows, layout),
                RowReferences(forbidden.Message, rows)),
            var other => throw new InvalidOperationException($"Unexpected outcome {other.GetType().Name}."),
        };
    }

    /// <summary>
    /// As <see cref="WriteValues"/>, with national staff's rows stored in a transaction of the import's own, so that
    /// the crash tests' fault points stand between writing the rows and committing them, and right after: the engines
    /// hear of the values only once they are committed.
    /// </summary>
    private static async Task<RecordValues.Outcome> WriteAsync(
        IReadOnlyList<ValueItems.Item> items, Actor actor, double jumpFactor, DxDbContext db, TimeProvider clock, ReportChannel monitoring,
        FaultPoints faults, CancellationToken ct)
    {
        if (!actor.IsNational)
        {
            return await WriteValues.ExecuteAsync(items, actor, jumpFactor, db, clock, monitoring, ct);
        }
        RecordValues.Outcome outcome;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            outcome = await RecordValues.StoreAsync(items, ValueWriter.Direct(actor), db, clock, ct);
            if (outcome is not RecordValues.Done)
            {
                return outcome;
            }
            faults.Reach(FaultPoints.ImportWritten);
            await transaction.CommitAsync(ct);
        }
        faults.Reach(FaultPoints.ImportCommitted);
        await RecordValues.AnnounceAsync((RecordValues.Done)outcome, monitoring, ct);
        return outcome;
    }

    /// <summary>The file as a table, by extension (or ZIP content): CSV, XLSX, or null for neither.</summary>
    internal static SheetTable? ReadTable(string fileName, byte[] bytes, XlsxLimits xlsx)
    {
        var extension = Path.GetExtension(fileName).ToUpperInvariant();
        if (extension == ".XLSX" || (extension != ".CSV" && XlsxFormat.LooksLikeZip(bytes)))
        {
            return XlsxFormat.LooksLikeZip(bytes) ? XlsxFormat.Read(bytes, xlsx) : throw new UnreadableFileException(ImportExportText.Texts.Format("XlsxNotZip", fileName));
        }
        return extension == ".CSV" ? CsvFormat.Read(bytes) : null;
    }

    /// <summary>"values[3].value" → "row 5, column F (value)"; messages naming "values[0]" name the row instead.</summary>
    private static Dictionary<string, string[]> ToFileErrors(Dictionary<string, string[]> errors, List<ReadValueRows.RowValue> rows, ReadValueRows.Layout layout)
    {
        var result = new Dictionary<string, string[]>();
        foreach (var (key, messages) in errors)
        {
            var where = ToFileWhere(key, rows, layout);
            var mapped = messages.Select(m => RowReferences(m, rows)).ToArray();
            result[where] = result.TryGetValue(where, out var existing) ? [.. existing, .. mapped] : mapped;
        }
        return result;
    }

    private static string ToFileWhere(string key, List<ReadValueRows.RowValue> rows, ReadValueRows.Layout layout)
    {
        var match = ItemKey().Match(key);
        return match.Success
            ? ReadValueRows.Where(rows[int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)].Row, layout, match.Groups[2].Value)
            : key;
    }

    private static string RowReferences(string message, List<ReadValueRows.RowValue> rows) =>
        ItemReference().Replace(message, m => ImportExportText.Texts.Format("RowReference", rows[int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)].Row));

    [GeneratedRegex(@"^values\[(\d+)\]\.(\w+)$")]
    private static partial Regex ItemKey();

    [GeneratedRegex(@"values\[(\d+)\]")]
    private static partial Regex ItemReference();
}
