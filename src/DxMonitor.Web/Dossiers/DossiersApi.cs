using System.Security.Claims;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Dossiers;
using DxMonitor.Web.Accounts;
using DxMonitor.Web.Api;
using DxMonitor.Web.Hosting;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Units;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Dossiers;

/// <summary>
/// Administrative-procedure dossiers: ingest (CSV upload, JSON batch, streaming CSV or NDJSON), figures per
/// unit and period, the late-dossier list with its exports, and explanations. Every route needs a signed-in
/// user; an officer sends and reads only its own unit's dossiers (and its descendants').
/// </summary>
public static class DossiersApi
{
    public static void AddDossiers(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DossiersOptions>().BindConfiguration(DossiersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHostedService<DueSoonWatcher>();
        builder.Services.AddHostedService<DossierFiguresReconciler>();
        builder.Services.AddSingleton<FaultPoints>();
    }

    public static void MapDossiers(this IEndpointRouteBuilder api)
    {
        var options = api.ServiceProvider.GetRequiredService<IOptions<DossiersOptions>>().Value;
        var group = api.MapGroup("/dossiers").WithTags("Dossiers").RequireAuthorization();
        group.MapPost("/import", Import).RequireAuthorization(AuthenticationSetup.WriteData).DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(RequestSizeLimit.ForFile(options.MaxFileBytes))
            .WithSummary("Imports a CSV file of dossiers (form field 'file'): all rows or none; errors name row and column.");
        group.MapPost("/batch", Batch).RequireAuthorization(AuthenticationSetup.WriteData).Idempotent()
            .WithSummary("Stores a JSON batch of dossiers, keyed by unit and dossier id: all or none.");
        group.MapPost("/stream", Stream).RequireAuthorization(AuthenticationSetup.WriteData).Idempotent()
            .Accepts<string>("text/csv", "application/x-ndjson")
            .WithMetadata(new RequestSizeLimit(options.MaxStreamBytes))
            .WithSummary("Streams dossiers as CSV (text/csv) or NDJSON (application/x-ndjson), read as they arrive in constant memory: all or none.");
        group.MapGet("/figures", Figures).WithSummary("A unit's figures for a period (2025Q2, 2025M05, 2025), including every unit below it.");
        group.MapGet("/late", Late).WithSummary("Late dossiers (resolved late or open past due) with days overdue and explanations, most overdue first.");
        group.MapGet("/late/export.csv", LateExport.Csv).WithSummary("The late-dossier list as CSV (UTF-8 with BOM).");
        group.MapGet("/late/export.xlsx", LateExport.Xlsx).WithSummary("The late-dossier list as an Excel workbook.");
        group.MapPut("/{unit}/{dossierId}/explanation", Explain).RequireAuthorization(AuthenticationSetup.WriteData)
            .WithSummary("The responsible unit explains a late dossier: reason and remedy. Earlier explanations are kept.");
    }

    internal static async Task<DossierAccess> AccessAsync(ClaimsPrincipal user, DxDbContext db, CancellationToken ct) =>
        new(user.ToActor(), await UnitDirectory.LoadAsync(db, ct));

    internal static async Task<Results<Ok<IngestResponse>, ProblemHttpResult>> Import(
        HttpRequest request, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, ReportChannel monitoring, FaultPoints faults,
        IOptions<DossiersOptions> options, CancellationToken ct)
    {
        var max = options.Value.MaxFileBytes;
        if (request.ContentLength > max + RequestSizeLimit.MultipartOverhead)
        {
            return IngestDossiers.TooLarge(max, "Dossiers:MaxFileBytes", "SendLargeFilesToStream");
        }
        if (!request.HasFormContentType)
        {
            return IngestDossiers.Unreadable(DossiersText.Texts.Format("SendMultipart"));
        }
        var form = await request.ReadFormAsync(ct);
        return await ImportFileAsync(form.Files.GetFile("file"), new(await AccessAsync(user, db, ct), db, clock, monitoring, options.Value, faults), ct);
    }

    /// <summary>A CSV file of dossiers, from the API's form or the dossiers page: all rows or none.</summary>
    internal static async Task<Results<Ok<IngestResponse>, ProblemHttpResult>> ImportFileAsync(IFormFile? file, IngestDossiers.Context context, CancellationToken ct)
    {
        if (file is null)
        {
            return IngestDossiers.Unreadable(DossiersText.Texts.Format("NoFileField"));
        }
        if (!file.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return IngestDossiers.Unreadable(DossiersText.Texts.Format("NotCsvFile", file.FileName));
        }
        await using var stream = file.OpenReadStream();
        return await FromCsvAsync(stream, "csv", context, ct);
    }

    internal static async Task<Results<Ok<IngestResponse>, ProblemHttpResult>> Batch(
        DossierBatchRequest body, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, ReportChannel monitoring, FaultPoints faults,
        IOptions<DossiersOptions> options, CancellationToken ct)
    {
        if (body.Dossiers.Count > options.Value.MaxBatchSize)
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                ["dossiers"] = [DossiersText.Texts.Format("BatchTooLarge", body.Dossiers.Count, options.Value.MaxBatchSize)],
            })
            { Status = StatusCodes.Status400BadRequest, Title = DossiersText.Texts.Format("BatchTooLargeTitle") });
        }
        var rows = body.Dossiers.Select((d, i) => new DossierIngest.Row(i, d.ToFields())).ToAsyncEnumerable();
        return await IngestDossiers.ExecuteAsync(rows, p => $"dossiers[{p.Row}].{DossierItem.JsonName(p.Column)}", "json",
            new(await AccessAsync(user, db, ct), db, clock, monitoring, options.Value, faults), ct);
    }

    internal static async Task<Results<Ok<IngestResponse>, ProblemHttpResult>> Stream(
        HttpRequest request, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, ReportChannel monitoring, FaultPoints faults,
        IOptions<DossiersOptions> options, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var settings = options.Value;
        if (request.ContentLength > settings.MaxStreamBytes)
        {
            return IngestDossiers.TooLarge(settings.MaxStreamBytes, "Dossiers:MaxStreamBytes", "SplitTheInput");
        }
        var context = new IngestDossiers.Context(await AccessAsync(user, db, ct), db, clock, monitoring, settings, faults);
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        try
        {
            var result = mediaType switch
            {
                "text/csv" => await FromCsvAsync(request.Body, "stream", context, ct),
                "application/x-ndjson" or "application/jsonl" => await IngestDossiers.ExecuteAsync(
                    NdjsonDossierSource.RowsAsync(request.Body, settings.MaxRecordChars, json.Value.SerializerOptions, ct),
                    NdjsonDossierSource.Where, "stream", context, ct),
                _ => TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: ApiText.Texts.Format("UnsupportedMediaTypeTitle"),
                    detail: DossiersText.Texts.Format("UnsupportedMediaType", request.ContentType)),
            };
            if (result.Result is ProblemHttpResult)
            {
                await DrainAsync(request, ct);
            }
            return result;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return IngestDossiers.TooLarge(settings.MaxStreamBytes, "Dossiers:MaxStreamBytes", "SplitTheInput");
        }
    }

    /// <summary>
    /// Most HTTP clients read no answer while they are still sending: after refusing an input, take the rest
    /// of it (within the size limit) unread, so the client hears why.
    /// </summary>
    private static async Task DrainAsync(HttpRequest request, CancellationToken ct)
    {
        try
        {
            await request.Body.CopyToAsync(System.IO.Stream.Null, ct);
        }
        catch (BadHttpRequestException)
        {
            // Over the limit or cut off: the answer is already decided.
        }
        catch (IOException)
        {
            // The client went away.
        }
    }

    private static async Task<Results<Ok<IngestResponse>, ProblemHttpResult>> FromCsvAsync(
        System.IO.Stream stream, string channel, IngestDossiers.Context context, CancellationToken ct)
    {
        CsvDossierSource? source;
        Dictionary<string, string[]> errors;
        try
        {
            (source, errors) = await CsvDossierSource.OpenAsync(stream, context.Options.MaxRecordChars, ct);
        }
        catch (UnreadableInputException e)
        {
            return IngestDossiers.Unreadable(e.Message);
        }
        if (source is null)
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(errors)
            {
                Status = StatusCodes.Status400BadRequest,
                Title = DossiersText.Texts.Format("WrongColumnsTitle"),
                Detail = DossiersText.Texts.Format("HeaderRow", string.Join(", ", Domain.Dossiers.DossierColumns.All.Select(c => c.Key))),
            });
        }
        await using (source)
        {
            return await IngestDossiers.ExecuteAsync(source.RowsAsync(ct), source.Where, channel, context, ct);
        }
    }

    /// <param name="unit">Unit code (default: the reader's own unit).</param>
    /// <param name="period">Period code: 2025Q2, 2025M05, 2025.</param>
    internal static async Task<Results<Ok<FiguresResponse>, ProblemHttpResult>> Figures(
        string? unit, string? period, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var access = await AccessAsync(user, db, ct);
        var code = unit ?? access.Units.CodeOf(access.Actor.UnitId) ?? "VN";
        try
        {
            return TypedResults.Ok(await DossierQueries.FiguresAsync(access, code, Require.Period(period), db, clock, ct));
        }
        catch (DossierAccessDeniedException e)
        {
            return Denied(e);
        }
    }

    /// <param name="unit">Unit code: its dossiers and its descendants'.</param>
    /// <param name="period">Dossiers due within this period.</param>
    /// <param name="procedure">Procedure code.</param>
    /// <param name="explained">true or false.</param>
    /// <param name="open">true: open past due; false: resolved late.</param>
    /// <param name="search">Text in dossier id, procedure or unit (accents optional).</param>
    /// <param name="page">Page number from 1.</param>
    /// <param name="pageSize">Items per page, 1-500.</param>
    internal static async Task<Results<Ok<Paged<LateDossierResponse>>, ProblemHttpResult>> Late(
        string? unit, string? period, string? procedure, bool? explained, bool? open, string? search, int? page, int? pageSize,
        ClaimsPrincipal user, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var paging = PageRequest.From(page, pageSize);
        try
        {
            var access = await AccessAsync(user, db, ct);
            return TypedResults.Ok(paging.Of(await DossierQueries.LateAsync(access, new(unit, period, procedure, explained, open, search), db, clock, ct)));
        }
        catch (DossierAccessDeniedException e)
        {
            return Denied(e);
        }
    }

    internal static async Task<Results<Ok<ExplanationResponse>, ProblemHttpResult>> Explain(
        string unit, string dossierId, ExplanationRequest body, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var access = await AccessAsync(user, db, ct);
        return await ExplainDossier.ExecuteAsync(unit, dossierId, body.Reason, body.Remedy, access, db, clock, ct) switch
        {
            ExplainDossier.Done done => TypedResults.Ok(done.Explanation),
            ExplainDossier.Forbidden f => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: ApiText.Texts.Format("NotYourUnitTitle"),
                detail: DossiersText.Texts.Format("OnlyOwnUnitExplains", f.Unit)),
            ExplainDossier.Invalid invalid => TypedResults.Problem(new HttpValidationProblemDetails(invalid.Errors)
            { Status = StatusCodes.Status422UnprocessableEntity, Title = DossiersText.Texts.Format("InvalidExplanationTitle") }),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: ApiText.Texts.Format("NotFoundTitle"),
                detail: DossiersText.Texts.Format("DossierNotFound", dossierId, unit)),
        };
    }

    internal static ProblemHttpResult Denied(DossierAccessDeniedException e) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: ApiText.Texts.Format("NotYourUnitTitle"), detail: e.Message);
}
