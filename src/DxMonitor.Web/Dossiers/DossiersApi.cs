using System.Security.Claims;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Dossiers;
using DxMonitor.Web.Accounts;
using DxMonitor.Web.Api;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Units;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Dossiers;

/// <summary>
/// Administrative-procedure dossiers: ingest (CSV upload, JSON batch, streaming CSV or NDJSON), figures per
/// unit and period, the late-dossier list with its exports, and explanations. Every route needs a signed-in
/// user; an officer sends and reads only its own unit's dossiers (and its descendants').
/// </summary>
public static class DossiersApi
{
    /// <summary>Room for the multipart envelope around the file itself.</summary>
    private const long MultipartOverhead = 64 * 1024;

    public static void AddDossiers(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<DossiersOptions>().BindConfiguration(DossiersOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHostedService<DueSoonWatcher>();
    }

    public static void MapDossiers(this IEndpointRouteBuilder api)
    {
        var options = api.ServiceProvider.GetRequiredService<IOptions<DossiersOptions>>().Value;
        var group = api.MapGroup("/dossiers").WithTags("Dossiers").RequireAuthorization();
        group.MapPost("/import", Import).RequireAuthorization(AuthenticationSetup.WriteData).DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(new RequestSizeLimit(options.MaxFileBytes + MultipartOverhead))
            .WithSummary("Imports a CSV file of dossiers (form field 'file'): all rows or none; errors name row and column.");
        group.MapPost("/batch", Batch).RequireAuthorization(AuthenticationSetup.WriteData)
            .WithSummary("Stores a JSON batch of dossiers, keyed by unit and dossier id: all or none.");
        group.MapPost("/stream", Stream).RequireAuthorization(AuthenticationSetup.WriteData)
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
        HttpRequest request, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, ReportChannel monitoring,
        IOptions<DossiersOptions> options, CancellationToken ct)
    {
        var max = options.Value.MaxFileBytes;
        if (request.ContentLength > max + MultipartOverhead)
        {
            return IngestDossiers.TooLarge(max, "Dossiers:MaxFileBytes", "Send large files to POST /api/v1/dossiers/stream, which reads them as they arrive.");
        }
        if (!request.HasFormContentType)
        {
            return IngestDossiers.Unreadable("Send the file as multipart/form-data in a field named 'file'.");
        }
        var form = await request.ReadFormAsync(ct);
        if (form.Files.GetFile("file") is not { } file)
        {
            return IngestDossiers.Unreadable("The form has no file field named 'file'.");
        }
        if (!file.FileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            return IngestDossiers.Unreadable($"'{file.FileName}' is not a CSV file (.csv).");
        }
        await using var stream = file.OpenReadStream();
        return await FromCsvAsync(stream, "csv", new(await AccessAsync(user, db, ct), db, clock, monitoring, options.Value), ct);
    }

    internal static async Task<Results<Ok<IngestResponse>, ProblemHttpResult>> Batch(
        DossierBatchRequest body, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, ReportChannel monitoring,
        IOptions<DossiersOptions> options, CancellationToken ct)
    {
        if (body.Dossiers.Count > options.Value.MaxBatchSize)
        {
            return TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]>
            {
                ["dossiers"] = [$"{body.Dossiers.Count} dossiers; at most {options.Value.MaxBatchSize} in one batch (Dossiers:MaxBatchSize). Use /dossiers/stream for more."],
            })
            { Status = StatusCodes.Status400BadRequest, Title = "Batch too large; nothing was stored." });
        }
        var rows = body.Dossiers.Select((d, i) => new DossierIngest.Row(i, d.ToFields())).ToAsyncEnumerable();
        return await IngestDossiers.ExecuteAsync(rows, p => $"dossiers[{p.Row}].{DossierItem.JsonName(p.Column)}", "json",
            new(await AccessAsync(user, db, ct), db, clock, monitoring, options.Value), ct);
    }

    internal static async Task<Results<Ok<IngestResponse>, ProblemHttpResult>> Stream(
        HttpRequest request, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, ReportChannel monitoring,
        IOptions<DossiersOptions> options, IOptions<JsonOptions> json, CancellationToken ct)
    {
        var settings = options.Value;
        if (request.ContentLength > settings.MaxStreamBytes)
        {
            return IngestDossiers.TooLarge(settings.MaxStreamBytes, "Dossiers:MaxStreamBytes", "Split the input and send the parts.");
        }
        var context = new IngestDossiers.Context(await AccessAsync(user, db, ct), db, clock, monitoring, settings);
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        try
        {
            var result = mediaType switch
            {
                "text/csv" => await FromCsvAsync(request.Body, "stream", context, ct),
                "application/x-ndjson" or "application/jsonl" => await IngestDossiers.ExecuteAsync(
                    NdjsonDossierSource.RowsAsync(request.Body, settings.MaxRecordChars, json.Value.SerializerOptions, ct),
                    NdjsonDossierSource.Where, "stream", context, ct),
                _ => TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type",
                    detail: $"Send text/csv (a header row, then one dossier per line) or application/x-ndjson (one JSON dossier per line), not '{request.ContentType}'."),
            };
            if (result.Result is ProblemHttpResult)
            {
                await DrainAsync(request, ct);
            }
            return result;
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return IngestDossiers.TooLarge(settings.MaxStreamBytes, "Dossiers:MaxStreamBytes", "Split the input and send the parts.");
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
                Title = "Wrong columns; nothing was stored.",
                Detail = "Row 1 must name the columns: " + string.Join(", ", Domain.Dossiers.DossierColumns.All.Select(c => c.Key)) + ".",
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
            ExplainDossier.Forbidden f => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your unit",
                detail: $"Only unit {f.Unit} (or the units above it so authorised) explains its dossiers."),
            ExplainDossier.Invalid invalid => TypedResults.Problem(new HttpValidationProblemDetails(invalid.Errors)
            { Status = StatusCodes.Status422UnprocessableEntity, Title = "Invalid explanation" }),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                detail: $"No dossier {dossierId} of unit {unit} that you may see."),
        };
    }

    internal static ProblemHttpResult Denied(DossierAccessDeniedException e) =>
        TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your unit", detail: e.Message);

    private sealed record RequestSizeLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;
}
