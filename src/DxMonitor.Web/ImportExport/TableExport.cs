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

    /// <summary>A CSV file built in memory, for tables already loaded.</summary>
    public static FileContentHttpResult Csv(string fileName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var text = new StringBuilder(CsvFormat.Header(headers));
        foreach (var row in rows)
        {
            text.Append(CsvFormat.Row(row));
        }
        return TypedResults.File([.. CsvFormat.Bom, .. Encoding.UTF8.GetBytes(text.ToString())], CsvFormat.ContentType, fileName);
    }

    /// <summary>A CSV file written while the rows are read, for exports too large to hold.</summary>
    public static PushStreamHttpResult CsvStream(string fileName, IReadOnlyList<string> headers, IAsyncEnumerable<object?[]> rows) => TypedResults.Stream(async stream =>
    {
        await stream.WriteAsync(CsvFormat.Bom);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false), 64 * 1024);
        await writer.WriteAsync(CsvFormat.Header(headers));
        await foreach (var row in rows)
        {
            await writer.WriteAsync(CsvFormat.Row(row));
        }
    }, CsvFormat.ContentType, fileName);

    // Excel allows 31 characters in a sheet name.
    private static string SheetName(string fileStem) => fileStem.Length <= 31 ? fileStem : fileStem[..31];
}
