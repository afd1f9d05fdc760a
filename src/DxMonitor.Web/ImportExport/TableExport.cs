using System.Text;
using DxMonitor.Domain;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DxMonitor.Web.ImportExport;

/// <summary>
/// Any table view as a file: CSV that Excel opens with Vietnamese intact (UTF-8 with BOM, RFC 4180 quoting), or
/// an XLSX workbook with numbers as numbers. Export routes end in <c>export.{format}</c> with format csv or xlsx.
/// </summary>
public static class TableExport
{
    public static FileContentHttpResult File(string format, string fileStem, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows) =>
        format switch
        {
            "csv" => Csv(fileStem + ".csv", headers, rows),
            "xlsx" => TypedResults.File(XlsxFormat.Write(SheetName(fileStem), headers, rows), XlsxFormat.ContentType, fileStem + ".xlsx"),
            _ => throw new RuleViolationException(ImportExportText.Texts.Format("NotAnExportFormat", format), "format"),
        };

    public static FileContentHttpResult Csv(string fileName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var text = new StringBuilder(CsvFormat.Record(headers));
        foreach (var row in rows)
        {
            text.Append(CsvFormat.Record(row.Select(CsvFormat.Field)));
        }
        return TypedResults.File([.. CsvFormat.Bom, .. Encoding.UTF8.GetBytes(text.ToString())], CsvFormat.ContentType, fileName);
    }

    // Excel allows 31 characters in a sheet name.
    private static string SheetName(string fileStem) => fileStem.Length <= 31 ? fileStem : fileStem[..31];
}
