using System.Globalization;
using System.IO.Packaging;
using System.Xml;
using ClosedXML.Excel;
using DocumentFormat.OpenXml.Packaging;

namespace DxMonitor.Web.ImportExport;

/// <summary>Office Open XML workbooks through ClosedXML: one sheet, a Vietnamese header row, numbers stored as numbers.</summary>
public static class XlsxFormat
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Every XLSX file is a ZIP archive, which starts with "PK\x03\x04".</summary>
    public static bool LooksLikeZip(ReadOnlySpan<byte> bytes) => bytes is [0x50, 0x4B, 0x03, 0x04, ..];

    /// <summary>Writes rows of cells (string, decimal or null) under the Vietnamese header.</summary>
    public static byte[] Write(IEnumerable<object?[]> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Số liệu");
        for (var c = 0; c < ValueSheet.Columns.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(ValueSheet.Columns[c].Header);
            sheet.Column(c + 1).Width = ValueSheet.Columns[c] == ValueSheet.Comment ? 60 : 20;
        }
        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                TableWorkbook.SetCell(sheet.Cell(r, c + 1), row[c]);
            }
            r++;
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Reads the first worksheet: row 1 is the header, blank rows are left out.</summary>
    public static SheetTable Read(byte[] bytes)
    {
        try
        {
            using var workbook = new XLWorkbook(new MemoryStream(bytes, writable: false));
            var sheet = workbook.Worksheets.FirstOrDefault() ?? throw new UnreadableFileException("The workbook has no worksheet.");
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
        catch (Exception e) when (e is InvalidDataException or FileFormatException or OpenXmlPackageException or XmlException
            or InvalidOperationException or ArgumentException or KeyNotFoundException or FormatException)
        {
            throw new UnreadableFileException("The XLSX file is damaged or not an Excel workbook; open it in a spreadsheet program and save it again.");
        }
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
