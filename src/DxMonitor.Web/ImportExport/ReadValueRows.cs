using System.Globalization;
using System.Text;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Values;

namespace DxMonitor.Web.ImportExport;

/// <summary>
/// Turns a file's table into values to write: checks the header (400 naming missing and unknown columns) and
/// each row's cells (errors keyed by row and column as the user sees them), before any catalogue rule.
/// </summary>
public static class ReadValueRows
{
    /// <summary>A value read from the file's row <paramref name="Row"/>.</summary>
    public sealed record RowValue(int Row, string Indicator, string Unit, string Period, ValueWrite Write);

    /// <summary>Where each known column is: its key and its 1-based position.</summary>
    public sealed record Layout(IReadOnlyDictionary<string, int> Columns);

    /// <summary>Maps each known column to its position; errors name the header cells that are wrong.</summary>
    public static (Layout Layout, Dictionary<string, string[]> Errors) ReadHeader(IReadOnlyList<string> header)
    {
        var errors = new Dictionary<string, string[]>();
        var columns = new Dictionary<string, int>();
        for (var i = 0; i < header.Count; i++)
        {
            var text = header[i].Trim();
            if (text.Length == 0)
            {
                continue;
            }
            var where = $"row 1, column {ValueSheet.Letter(i + 1)}";
            if (ValueSheet.Find(text) is not { } column)
            {
                errors[where] = [ImportExportText.Texts.Format("UnknownColumn", text, string.Join(", ", ValueSheet.Columns.Select(c => c.Header)))];
            }
            else if (!columns.TryAdd(column.Key, i + 1))
            {
                errors[where] = [ImportExportText.Texts.Format("ColumnTwice", text, column.Key, ValueSheet.Letter(columns[column.Key]))];
            }
        }
        var missing = ValueSheet.Columns.Where(c => c.RequiredOnImport && !columns.ContainsKey(c.Key)).ToList();
        if (missing.Count > 0)
        {
            errors["columns"] = [MissingColumns(missing.Select(c => (c.Header, c.Key)))];
        }
        return (new Layout(columns), errors);
    }

    /// <summary>Reads every row; rows whose value, denominator and comment are all empty (an unfilled template row) are skipped.</summary>
    public static List<RowValue> ReadRows(SheetTable table, Layout layout, Dictionary<string, List<string>> errors)
    {
        var values = new List<RowValue>();
        foreach (var row in table.Rows)
        {
            var value = Cell(row, layout, ValueSheet.Value);
            var denominator = Cell(row, layout, ValueSheet.Denominator);
            var comment = Text(row, layout, ValueSheet.Comment);
            if (value.IsBlank && denominator.IsBlank && comment is null)
            {
                continue;
            }
            var ok = true;
            var indicator = Required(row, layout, ValueSheet.Indicator, 40, errors, ref ok);
            var unit = Required(row, layout, ValueSheet.Unit, 40, errors, ref ok);
            var period = Required(row, layout, ValueSheet.Period, 8, errors, ref ok);
            var number = Number(row, layout, ValueSheet.Value, value, errors, ref ok);
            var denominatorNumber = denominator.IsBlank ? null : Number(row, layout, ValueSheet.Denominator, denominator, errors, ref ok);
            var source = Text(row, layout, ValueSheet.Source);
            ok &= Length(row, layout, ValueSheet.Comment, comment, 2000, errors) & Length(row, layout, ValueSheet.Source, source, 40, errors);
            if (ok && number is { } n)
            {
                values.Add(new RowValue(row.Number, indicator, unit, period, new ValueWrite(n, denominatorNumber, comment, source)));
            }
        }
        return values;
    }

    /// <summary>"Missing column(s): Mã đơn vị (unit), …" for the required columns a header lacks.</summary>
    public static string MissingColumns(IEnumerable<(string Header, string Key)> missing) =>
        ImportExportText.Texts.Format("MissingColumns", string.Join(", ", missing.Select(c => $"{c.Header} ({c.Key})")));

    public static string Where(int row, Layout layout, string key) =>
        layout.Columns.TryGetValue(key, out var column) ? ValueSheet.Where(row, column, key) : $"row {row} ({key})";

    private static SheetCell Cell(SheetRow row, Layout layout, ValueSheet.Column column) =>
        layout.Columns.TryGetValue(column.Key, out var position) ? row[position - 1] : new SheetCell("");

    private static string? Text(SheetRow row, Layout layout, ValueSheet.Column column)
    {
        var text = Cell(row, layout, column).Text.Trim();
        return text.Length == 0 ? null : text.Normalize(NormalizationForm.FormC);
    }

    private static string Required(SheetRow row, Layout layout, ValueSheet.Column column, int maxLength, Dictionary<string, List<string>> errors, ref bool ok)
    {
        var text = Text(row, layout, column);
        if (text is null)
        {
            ok = Fail(errors, Where(row.Number, layout, column.Key), ImportExportText.Texts.Format("CellEmpty", column.Header, column.Key));
            return "";
        }
        ok &= Length(row, layout, column, text, maxLength, errors);
        return text;
    }

    private static decimal? Number(SheetRow row, Layout layout, ValueSheet.Column column, SheetCell cell, Dictionary<string, List<string>> errors, ref bool ok)
    {
        if (cell.Number is { } stored)
        {
            return stored;
        }
        var text = cell.Text.Trim();
        if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var parsed))
        {
            return parsed;
        }
        var message = text.Length == 0 ? ImportExportText.Texts.Format("ValueEmpty")
            : ImportExportText.Texts.Format(text.Contains(',', StringComparison.Ordinal) ? "NotANumberDecimalComma" : "NotANumber", text);
        ok = Fail(errors, Where(row.Number, layout, column.Key), message);
        return null;
    }

    private static bool Length(SheetRow row, Layout layout, ValueSheet.Column column, string? text, int max, Dictionary<string, List<string>> errors) =>
        text is null || text.Length <= max || Fail(errors, Where(row.Number, layout, column.Key), ImportExportText.Texts.Format("TooLong", text.Length, max));

    private static bool Fail(Dictionary<string, List<string>> errors, string where, string message)
    {
        if (!errors.TryGetValue(where, out var list))
        {
            errors[where] = list = [];
        }
        list.Add(message);
        return false;
    }
}
