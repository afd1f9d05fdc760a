using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using DxMonitor.Web.Api;
using DxMonitor.Web.Hosting;
using DxMonitor.Web.ImportExport;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DxMonitor.Web.Metadata;

/// <summary>A package as a file, JSON or XLSX (told apart by the ZIP signature, whatever the name says), both ways.</summary>
public static class MetadataFile
{
    /// <summary>The API's JSON, indented, with Vietnamese letters written as themselves.</summary>
    public static JsonSerializerOptions Writing(JsonSerializerOptions api) => new(api)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    public static string FileName(MetadataPackage package, string extension) =>
        $"dxmonitor-metadata-{package.ExportedAt:yyyy-MM-dd}.{extension}";

    /// <summary>The package a file holds, or the 400/413 problem saying why it cannot be read (cells by sheet, row and column).</summary>
    public static (MetadataPackage? Package, ProblemHttpResult? Problem) Read(byte[] bytes, JsonSerializerOptions json, XlsxLimits limits)
    {
        if (XlsxFormat.LooksLikeZip(bytes))
        {
            try
            {
                var problems = new FieldErrors();
                var package = MetadataWorkbook.Read(bytes, limits, problems);
                return problems.Count > 0 ? (null, Unreadable(MetadataText.Texts.Format("UnreadableCells"), problems.ToDictionary())) : (package, null);
            }
            catch (UnreadableFileException e)
            {
                return (null, Unreadable(e.Message, null));
            }
            catch (FileTooLargeException e)
            {
                return (null, ImportExportApi.TooLarge(e.Message, e.Setting));
            }
        }
        try
        {
            return JsonSerializer.Deserialize<MetadataPackage>(bytes, json) is { } package
                ? (package, null)
                : (null, Unreadable(MetadataText.Texts.Format("NotJsonOrXlsx"), null));
        }
        catch (JsonException e)
        {
            var field = ProblemExceptionHandler.FieldOf(e.Path);
            return (null, Unreadable(MetadataText.Texts.Format("NotJson", field, ProblemExceptionHandler.ReadableJsonError(e)),
                new() { [field] = [ProblemExceptionHandler.ReadableJsonError(e)] }));
        }
    }

    private static ProblemHttpResult Unreadable(string detail, Dictionary<string, string[]>? errors) => TypedResults.Problem(
        new HttpValidationProblemDetails(errors ?? []) { Status = StatusCodes.Status400BadRequest, Title = MetadataText.Texts.Format("UnreadableTitle"), Detail = detail });
}
