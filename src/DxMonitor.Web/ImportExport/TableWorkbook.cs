using ClosedXML.Excel;

namespace DxMonitor.Web.ImportExport;

/// <summary>Any table view as an Excel workbook: one sheet, a bold frozen header row, numbers as numbers, text as text.</summary>
public static class TableWorkbook
{
    public static byte[] Write(string sheetName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(sheetName);
        for (var c = 0; c < headers.Count; c++)
        {
            sheet.Cell(1, c + 1).SetValue(headers[c]);
            sheet.Column(c + 1).Width = 24;
        }
        sheet.Row(1).Style.Font.Bold = true;
        sheet.SheetView.FreezeRows(1);
        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Count; c++)
            {
                SetCell(sheet.Cell(r, c + 1), row[c]);
            }
            r++;
        }
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    /// <summary>Numbers stay numbers; text stays text (a name starting with '=' is not a formula, "2024" not a number).</summary>
    internal static void SetCell(IXLCell cell, object? value)
    {
        switch (value)
        {
            case decimal number:
                cell.SetValue(number);
                break;
            case int number:
                cell.SetValue(number);
                break;
            case string text:
                cell.SetValue(text);
                cell.DataType = XLDataType.Text;
                break;
        }
    }
}
