using System.Security.Claims;
using DxMonitor.Data;
using DxMonitor.Web.Accounts;
using DxMonitor.Web.Api;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.ImportExport;

/// <summary>Values as files: export (CSV, XLSX), templates for units to fill in, and import of filled files.</summary>
public static class ImportExportApi
{
    public static void AddImportExport(this WebApplicationBuilder builder) =>
        builder.Services.AddOptions<ImportExportOptions>().BindConfiguration(ImportExportOptions.Section).ValidateDataAnnotations().ValidateOnStart();

    public static void MapImportExport(this IEndpointRouteBuilder api)
    {
        var limits = api.ServiceProvider.GetRequiredService<IOptions<ImportExportOptions>>().Value;
        var group = api.MapGroup("/values").WithTags("Import and export");
        group.MapGet("/export.csv", ExportCsv)
            .WithSummary("Stored values as CSV (UTF-8 with BOM), filtered like GET /values: codes and Vietnamese names, period, value, denominator, comment, source.");
        group.MapGet("/export.xlsx", ExportXlsx)
            .WithSummary("Stored values as an Excel workbook with a Vietnamese header row, filtered like GET /values.");
        group.MapGet("/template.csv", TemplateCsv)
            .WithSummary("A CSV to fill in: one row per unit of a level valid on a date (default: the period's end) and indicator, values empty.");
        group.MapGet("/template.xlsx", TemplateXlsx).WithSummary("The template as an Excel workbook.");
        group.MapPost("/import", Import).RequireAuthorization(AuthenticationSetup.WriteData)
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(RequestSizeLimit.ForFile(limits.MaxFileBytes))
            .WithSummary("Imports a CSV or XLSX file (form field 'file'): every row is checked and errors name row and column; all rows are stored, or none.");
    }

    /// <param name="indicator">Indicator code.</param>
    /// <param name="unit">Unit code.</param>
    /// <param name="from">First period (inclusive), e.g. 2022Q1.</param>
    /// <param name="to">Last period (inclusive).</param>
    internal static async Task<PushStreamHttpResult> ExportCsv(
        string? indicator, string? unit, string? from, string? to, ClaimsPrincipal user, DxDbContext db, CancellationToken ct)
    {
        var rows = await ExportValues.ValuesAsync(new(indicator, unit, from, to, await Values.ValueQueries.ViewForAsync(user.ToActor(), unit, db, ct)), db, ct);
        return Csv(rows.Items, "values.csv");
    }

    /// <param name="indicator">Indicator code.</param>
    /// <param name="unit">Unit code.</param>
    /// <param name="from">First period (inclusive), e.g. 2022Q1.</param>
    /// <param name="to">Last period (inclusive).</param>
    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportXlsx(
        string? indicator, string? unit, string? from, string? to, ClaimsPrincipal user, DxDbContext db, IOptions<ImportExportOptions> options,
        CancellationToken ct)
    {
        var rows = await ExportValues.ValuesAsync(new(indicator, unit, from, to, await Values.ValueQueries.ViewForAsync(user.ToActor(), unit, db, ct)), db, ct);
        if (rows.Count > options.Value.MaxXlsxExportRows)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: ImportExportText.Texts.Format("TooManyRowsForWorkbookTitle"),
                detail: ImportExportText.Texts.Format("TooManyRowsForWorkbook", rows.Count, options.Value.MaxXlsxExportRows));
        }
        return TypedResults.File(XlsxFormat.Write(await rows.Items.ToListAsync(ct)), XlsxFormat.ContentType, "values.xlsx");
    }

    /// <param name="indicators">Indicator codes, comma separated.</param>
    /// <param name="level">Level of the units: Province (default), Ministry, ….</param>
    /// <param name="period">The period to report, e.g. 2025Q3.</param>
    /// <param name="asOf">Date on which the units are valid (default: the period's last day), e.g. 2025-09-30.</param>
    /// <param name="unit">Only this unit's rows (for a unit's own report), instead of every unit of the level.</param>
    internal static async Task<PushStreamHttpResult> TemplateCsv(
        string? indicators, string? level, string? period, string? asOf, string? unit, DxDbContext db, CancellationToken ct)
    {
        var rows = await ExportValues.TemplateAsync(indicators, level, period, asOf, unit, db, ct);
        return Csv(rows.ToAsyncEnumerable(), $"template-{period}.csv");
    }

    /// <param name="indicators">Indicator codes, comma separated.</param>
    /// <param name="level">Level of the units: Province (default), Ministry, ….</param>
    /// <param name="period">The period to report, e.g. 2025Q3.</param>
    /// <param name="asOf">Date on which the units are valid (default: the period's last day), e.g. 2025-09-30.</param>
    /// <param name="unit">Only this unit's rows (for a unit's own report), instead of every unit of the level.</param>
    internal static async Task<FileContentHttpResult> TemplateXlsx(
        string? indicators, string? level, string? period, string? asOf, string? unit, DxDbContext db, CancellationToken ct)
    {
        var rows = await ExportValues.TemplateAsync(indicators, level, period, asOf, unit, db, ct);
        return TypedResults.File(XlsxFormat.Write(rows), XlsxFormat.ContentType, $"template-{period}.xlsx");
    }

    internal static async Task<Results<Ok<ImportValues.ImportResult>, ProblemHttpResult>> Import(
        HttpRequest request, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, ReportChannel monitoring,
        IOptions<ImportExportOptions> options, IOptions<Reporting.ReportingOptions> reporting, CancellationToken ct)
    {
        var max = options.Value.MaxFileBytes;
        if (request.ContentLength > max + RequestSizeLimit.MultipartOverhead)
        {
            return TooLarge(max);
        }
        if (!request.HasFormContentType)
        {
            return BadRequest(ImportExportText.Texts.Format("SendMultipart"));
        }
        var form = await request.ReadFormAsync(ct);
        if (form.Files.GetFile("file") is not { } file)
        {
            return BadRequest(ImportExportText.Texts.Format("NoFileField"));
        }
        if (file.Length > max)
        {
            return TooLarge(max);
        }
        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        var outcome = await ImportValues.ExecuteAsync(file.FileName, buffer.ToArray(), options.Value.MaxRows, options.Value.Xlsx, user.ToActor(), reporting.Value.JumpFactor,
            db, clock, monitoring, ct);
        return outcome switch
        {
            ImportValues.Done done => TypedResults.Ok(done.Result),
            ImportValues.BadFile { Errors: { } errors } bad => TypedResults.Problem(new HttpValidationProblemDetails(errors)
            {
                Status = StatusCodes.Status400BadRequest,
                Title = ImportExportText.Texts.Format("WrongColumnsTitle"),
                Detail = bad.Message,
            }),
            ImportValues.BadFile bad => BadRequest(bad.Message),
            ImportValues.TooLarge tooLarge => TooLarge(tooLarge.Message, tooLarge.Setting),
            ImportValues.Invalid invalid => TypedResults.Problem(new HttpValidationProblemDetails(invalid.Errors)
            {
                Status = StatusCodes.Status422UnprocessableEntity,
                Title = ImportExportText.Texts.Format("InvalidRowsTitle"),
            }),
            ImportValues.Conflict conflict => TypedResults.Problem(new HttpValidationProblemDetails(conflict.Errors)
            {
                Status = StatusCodes.Status409Conflict,
                Title = ImportExportText.Texts.Format("ConflictRowsTitle"),
            }),
            ImportValues.Forbidden forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: ImportExportText.Texts.Format("NotYourUnitTitle"),
                detail: ImportExportText.Texts.Format("NotYourUnitDetail", forbidden.Where, forbidden.Message),
                extensions: new Dictionary<string, object?> { ["field"] = forbidden.Where }),
            _ => throw new InvalidOperationException($"Unexpected outcome {outcome.GetType().Name}."),
        };
    }

    private static PushStreamHttpResult Csv(IAsyncEnumerable<object?[]> rows, string fileName) =>
        TableExport.CsvStream(fileName, [.. ValueSheet.Columns.Select(c => c.Header)], rows);

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: ImportExportText.Texts.Format("UnreadableTitle"), detail: detail);

    /// <summary>413: the file is larger than ImportExport:MaxFileBytes (also for registry imports).</summary>
    /// <summary>400 for a file that cannot be read as a table, with the cells or columns in error when known.</summary>
    internal static ProblemHttpResult BadFile(string detail, Dictionary<string, string[]>? errors) => TypedResults.Problem(
        new HttpValidationProblemDetails(errors ?? []) { Status = StatusCodes.Status400BadRequest, Title = ImportExportText.Texts.Format("UnreadableTitle"), Detail = detail });

    internal static ProblemHttpResult TooLarge(long max) => TooLarge(ImportExportText.Texts.Format("FileTooLarge", max), "ImportExport:MaxFileBytes");

    /// <summary>413 naming the setting whose limit the file exceeds (in <c>limit</c>, and in the detail).</summary>
    internal static ProblemHttpResult TooLarge(string detail, string setting) => TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
        title: ImportExportText.Texts.Format("FileTooLargeTitle"), detail: detail, extensions: new Dictionary<string, object?> { ["limit"] = setting });
}
