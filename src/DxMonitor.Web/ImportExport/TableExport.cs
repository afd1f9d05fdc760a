using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DxMonitor.Web.ImportExport;

/// <summary>Any table view as a CSV file Excel opens with Vietnamese intact: UTF-8 with BOM, RFC 4180 quoting.</summary>
public static class TableExport
{
    public static FileContentHttpResult Csv(string fileName, IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<object?>> rows)
    {
        var text = new StringBuilder(CsvFormat.Record(headers));
        foreach (var row in rows)
        {
            text.Append(CsvFormat.Record(row.Select(CsvFormat.Field)));
        }
        return TypedResults.File([.. CsvFormat.Bom, .. Encoding.UTF8.GetBytes(text.ToString())], CsvFormat.ContentType, fileName);
    }
}
