using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Audit;
using DxMonitor.Web.Api;
using DxMonitor.Web.ImportExport;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Metadata;

/// <summary>
/// The metadata package (catalogue, targets, methodologies, unit groups): exported by national analysts and
/// administrators, imported by administrators, with a dry run that lists what would change.
/// </summary>
public static class MetadataApi
{
    public static void MapMetadata(this IEndpointRouteBuilder api)
    {
        var limits = api.ServiceProvider.GetRequiredService<IOptions<ImportExportOptions>>().Value;
        var group = api.MapGroup("/metadata").WithTags("Metadata");
        group.MapGet("/export.json", ExportJson).RequireAuthorization(Reporting.ReportingApi.Review)
            .WithSummary("The metadata package as JSON: every indicator, target, methodology version and unit group.");
        group.MapGet("/export.xlsx", ExportXlsx).RequireAuthorization(Reporting.ReportingApi.Review)
            .WithSummary("The metadata package as an Excel workbook, a sheet per section under Vietnamese headers; it imports back.");
        group.MapPost("/import", Import).RequireAuthorization(Users.UsersApi.Administer)
            .DisableAntiforgery()
            .Accepts<MetadataPackage>("application/json", "multipart/form-data", XlsxFormat.ContentType)
            .WithMetadata(RequestSizeLimit.ForFile(limits.MaxFileBytes))
            .WithSummary("Imports a metadata package (JSON body, or a JSON or XLSX file in form field 'file'): all of it or nothing, conflicts named by item and field. ?dryRun=true lists what would change and stores nothing.");
    }

    internal static async Task<FileContentHttpResult> ExportJson(DxDbContext db, TimeProvider clock, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var package = await ExportMetadata.BuildAsync(db, clock, ct);
        return TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(package, MetadataFile.Writing(json.Value.SerializerOptions)), "application/json",
            MetadataFile.FileName(package, "json"));
    }

    internal static async Task<FileContentHttpResult> ExportXlsx(DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var package = await ExportMetadata.BuildAsync(db, clock, ct);
        return TypedResults.File(MetadataWorkbook.Write(package), XlsxFormat.ContentType, MetadataFile.FileName(package, "xlsx"));
    }

    /// <param name="dryRun">true: check the package and list what it would change, storing nothing.</param>
    internal static async Task<Results<Ok<MetadataImportReport>, ProblemHttpResult>> Import(
        bool? dryRun, HttpRequest request, DxDbContext db, ReportChannel engines, IAuditContext audit, TimeProvider clock,
        IOptions<JsonOptions> json, IOptions<ImportExportOptions> options, CancellationToken ct)
    {
        var max = options.Value.MaxFileBytes;
        if (request.ContentLength > max + RequestSizeLimit.MultipartOverhead)
        {
            return ImportExportApi.TooLarge(max);
        }
        byte[] bytes;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(ct);
            if (form.Files.GetFile("file") is not { } file)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: MetadataText.Texts.Format("UnreadableTitle"),
                    detail: MetadataText.Texts.Format("NotJsonOrXlsx"));
            }
            if (file.Length > max)
            {
                return ImportExportApi.TooLarge(max);
            }
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            bytes = buffer.ToArray();
        }
        else
        {
            using var buffer = new MemoryStream();
            await request.Body.CopyToAsync(buffer, ct);
            bytes = buffer.ToArray();
        }
        return await ImportAsync(bytes, dryRun ?? false, new(db, engines, audit, clock), json.Value.SerializerOptions, options.Value.Xlsx, ct);
    }

    /// <summary>Reads and imports a package file: the API's and the page's one way. 400/413 for a file that cannot be read, 422 for conflicts.</summary>
    public static async Task<Results<Ok<MetadataImportReport>, ProblemHttpResult>> ImportAsync(
        byte[] bytes, bool dryRun, ImportMetadata.Context context, JsonSerializerOptions json, XlsxLimits limits, CancellationToken ct)
    {
        var (package, unreadable) = MetadataFile.Read(bytes, json, limits);
        if (unreadable is not null)
        {
            return unreadable;
        }
        var report = await ImportMetadata.ImportAsync(package!, dryRun, context, ct);
        if (!report.DryRun && report.Conflicts.Count > 0)
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(report.Conflicts.ToDictionary())
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = MetadataText.Texts.Format("InvalidTitle"),
                Extensions = { ["changes"] = report.Changes },
            });
        }
        return TypedResults.Ok(report);
    }
}
