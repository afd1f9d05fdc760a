using System.Globalization;
using System.IO.Packaging;
using System.Xml;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;
using DxMonitor.Web.Resources;

namespace DxMonitor.Web.ImportExport;

/// <summary>A table to write on a sheet of its own.</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<string> Headers, IEnumerable<IReadOnlyList<object?>> Rows, int WideColumn = -1);

/// <summary>Office Open XML workbooks through ClosedXML: sheets with a Vietnamese header row, numbers stored as numbers.</summary>
public static class XlsxFormat
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Every XLSX file is a ZIP archive, which starts with "PK\x03\x04".</summary>
    public static bool LooksLikeZip(ReadOnlySpan<byte> bytes) => bytes is [0x50, 0x4B, 0x03, 0x04, ..];

    /// <summary>Writes rows of cells (string, decimal or null) under the values sheet's Vietnamese header.</summary>
    public static byte[] Write(IEnumerable<object?[]> rows) =>
        Write("Số liệu", [.. ValueSheet.Columns.Select(c => c.Header)], rows, ValueSheet.Columns.ToList().IndexOf(ValueSheet.Comment));

    /// <summary>
    /// Writes a table on one sheet: a bold, frozen header row, then the rows. Numbers stay numbers, times become
    /// dates, and text stays text (a comment starting with '=' is not a formula, a period "2024" not a number).
    /// </summary>
    public static byte[] Write(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows, int wideColumn = -1) =>
        WriteSheets([new XlsxSheet(sheetName, headers, rows, wideColumn)]);

    /// <summary>Writes each table on its own sheet, as <see cref="Write(string, IReadOnlyList{string}, IEnumerable{IReadOnlyList{object?}}, int)"/> does.</summary>
    public static byte[] WriteSheets(IReadOnlyList<XlsxSheet> sheets)
    {
        using var workbook = new XLWorkbook();
        foreach (var table in sheets)
        {
            var sheet = workbook.Worksheets.Add(table.Name);
            for (var c = 0; c < table.Headers.Count; c++)
            {
                sheet.Cell(1, c + 1).SetValue(table.Headers[c]);
                sheet.Column(c + 1).Width = c == table.WideColumn ? 60 : 20;
            }
            sheet.Row(1).Style.Font.Bold = true;
            sheet.SheetView.FreezeRows(1);
            var r = 2;
            foreach (var row in table.Rows)
            {
                for (var c = 0; c < row.Count; c++)
                {
                    SetCell(sheet.Cell(r, c + 1), row[c]);
                }
                r++;
            }
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    private static void SetCell(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null:
                break;
            case string text:
                cell.SetValue(text);
                cell.DataType = XLDataType.Text;
                break;
            case DateTime time:
                cell.SetValue(time);
                cell.Style.DateFormat.Format = "yyyy-mm-dd hh:mm:ss";
                break;
            case DateOnly date:
                cell.SetValue(date.ToDateTime(TimeOnly.MinValue));
                cell.Style.DateFormat.Format = "yyyy-mm-dd";
                break;
            case decimal number:
                cell.SetValue(number);
                break;
            case double or float or int or long:
                cell.SetValue(Convert.ToDouble(value, CultureInfo.InvariantCulture));
                break;
            default:
                cell.SetValue(Convert.ToString(value, CultureInfo.InvariantCulture));
                cell.DataType = XLDataType.Text;
                break;
        }
    }

    /// <summary>
    /// Reads the first worksheet: row 1 is the header, blank rows are left out. A workbook that would expand past
    /// <paramref name="limits"/> throws <see cref="FileTooLargeException"/> before it is loaded.
    /// </summary>
    public static SheetTable Read(byte[] bytes, XlsxLimits limits) => Load(bytes, limits, workbook =>
        ReadSheet(workbook.Worksheets.FirstOrDefault() ?? throw new UnreadableFileException(ImportExportText.Texts.Format("XlsxNoWorksheet"))));

    /// <summary>Reads every worksheet as <see cref="Read"/> reads the first, by sheet name.</summary>
    public static IReadOnlyDictionary<string, SheetTable> ReadAll(byte[] bytes, XlsxLimits limits) => Load(bytes, limits, workbook =>
        (IReadOnlyDictionary<string, SheetTable>)workbook.Worksheets.ToDictionary(s => s.Name, ReadSheet, StringComparer.OrdinalIgnoreCase));

    private static T Load<T>(byte[] bytes, XlsxLimits limits, Func<XLWorkbook, T> read)
    {
        try
        {
            WorkbookSize.Check(bytes, limits);
            using var workbook = new XLWorkbook(new MemoryStream(bytes, writable: false));
            return read(workbook);
        }
        catch (Exception e) when (e is InvalidDataException or FileFormatException or OpenXmlPackageException or XmlException
            or InvalidOperationException or ArgumentException or KeyNotFoundException or FormatException)
        {
            throw new UnreadableFileException(ImportExportText.Texts.Format("XlsxDamaged"));
        }
    }

    private static SheetTable ReadSheet(IXLWorksheet sheet)
    {
        var used = sheet.RangeUsed();
        if (used is null)
        {
            return new SheetTable([], []);
        }
        var lastColumn = used.LastColumn().ColumnNumber();
        var lastRow = used.LastRow().RowNumber();
        var header = Enumerable.Range(1, lastColumn).Select(c => ReadCell(sheet.Cell(1, c)).Text).ToList();
        var rows = new List<SheetRow>();
        for (var r = 2; r <= lastRow; r++)
        {
            var cells = Enumerable.Range(1, lastColumn).Select(c => ReadCell(sheet.Cell(r, c))).ToList();
            if (!cells.All(c => c.IsBlank))
            {
                rows.Add(new SheetRow(r, cells));
            }
        }
        return new SheetTable(header, rows);
    }

    private static SheetCell ReadCell(IXLCell cell)
    {
        if (cell.IsEmpty())
        {
            return new SheetCell("");
        }
        if (cell.DataType == XLDataType.Number)
        {
            var number = cell.GetDouble();
            var text = number.ToString("R", CultureInfo.InvariantCulture);
            return Math.Abs(number) < 7.9e27 ? new SheetCell(text, decimal.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture)) : new SheetCell(text);
        }
        return new SheetCell(cell.GetFormattedString());
    }
}
