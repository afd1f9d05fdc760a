using System.Text;
using DxMonitor.Web.Resources;

namespace DxMonitor.Web.ImportExport;

/// <summary>
/// RFC 4180 CSV in UTF-8 with a byte-order mark, so that Excel opens Vietnamese text correctly: fields with
/// a comma, quote or line break are quoted, quotes doubled, records end with CRLF. Text cells that would run as
/// formulas are neutralised on the way out and restored on the way in (<see cref="CsvInjection"/>).
/// </summary>
public static class CsvFormat
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static byte[] Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>The header record: our own column names, written as they are.</summary>
    public static string Header(IEnumerable<string> headers) => Record(headers);

    /// <summary>A data record: every cell through <see cref="Field"/>, the one rule for what a cell becomes.</summary>
    public static string Row(IEnumerable<object?> cells) => Record(cells.Select(Field));

    private static string Record(IEnumerable<string?> fields) => string.Join(',', fields.Select(Quote)) + "\r\n";

    /// <summary>
    /// A cell as CSV text: numbers in the invariant culture (91.5), nothing for null, text that a spreadsheet would
    /// take for a formula neutralised (<see cref="CsvInjection"/>).
    /// </summary>
    private static string? Field(object? cell) => cell switch
    {
        null => null,
        string text => CsvInjection.Neutralise(text),
        decimal number => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        DateTime time => time.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => Convert.ToString(cell, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static string Quote(string? field)
    {
        if (string.IsNullOrEmpty(field))
        {
            return "";
        }
        return field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }

    /// <summary>Reads a whole file: strict UTF-8 (BOM optional), comma or, if the header has none, semicolon separated.</summary>
    public static SheetTable Read(byte[] bytes)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new UnreadableFileException(ImportExportText.Texts.Format("CsvNotUtf8"));
        }
        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw new UnreadableFileException(ImportExportText.Texts.Format("CsvBinary"));
        }
        text = text.TrimStart('\uFEFF');
        var firstLine = text.Split('\n', 2)[0];
        var separator = !firstLine.Contains(',', StringComparison.Ordinal) && firstLine.Contains(';', StringComparison.Ordinal) ? ';' : ',';
        var records = Parse(text, separator);
        if (records.Count == 0)
        {
            return new SheetTable([], []);
        }
        var rows = records.Skip(1)
            .Select((fields, i) => new SheetRow(i + 2, [.. fields.Select(f => new SheetCell(CsvInjection.Restore(f)))]))
            .Where(r => !r.Cells.All(c => c.IsBlank))
            .ToList();
        return new SheetTable(records[0], rows);
    }

    private static List<List<string>> Parse(string text, char separator)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i++];
            if (quoted)
            {
                if (c != '"')
                {
                    field.Append(c);
                }
                else if (i < text.Length && text[i] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else
                {
                    quoted = false;
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == separator)
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i < text.Length && text[i] == '\n')
                {
                    i++;
                }
                record.Add(field.ToString());
                field.Clear();
                records.Add(record);
                record = [];
            }
            else
            {
                field.Append(c);
            }
        }
        if (quoted)
        {
            throw new UnreadableFileException(ImportExportText.Texts.Format("CsvQuoteNotClosed", records.Count + 1));
        }
        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            records.Add(record);
        }
        return records;
    }
}
