using System.Security.Claims;
using DxMonitor.Data;
using DxMonitor.Web.Accounts;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Rankings;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DxMonitor.Web.Methodologies;

/// <summary>
/// The indexes' methodologies by year: read by staff; copied, edited, previewed and adopted by national analysts and
/// administrators. Only the adopted version of a year ranks it; a version a published ranking used stays as it was.
/// </summary>
public static class MethodologiesApi
{
    public static void MapMethodologies(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/indexes/{code}/methodologies").WithTags("Methodologies");
        group.MapGet("/", List).RequireAuthorization(AuthenticationSetup.Staff).WithSummary("Every version of the index's methodologies, newest first.");
        group.MapGet("/{year:int}", Get).RequireAuthorization(AuthenticationSetup.Staff)
            .WithSummary("A year's methodology: its newest version, or ?version=n.");
        group.MapPost("/{year:int}", Copy).RequireAuthorization(Reporting.ReportingApi.Review)
            .WithSummary("Starts a year's methodology as a draft copy of the one in force the year before (or of fromYear/fromVersion).");
        group.MapPut("/{year:int}", Edit).RequireAuthorization(Reporting.ReportingApi.Review)
            .WithSummary("Edits a version (the newest, or ?version=n); refused once a published ranking uses it.");
        group.MapPost("/{year:int}/adopt", Adopt).RequireAuthorization(Reporting.ReportingApi.Review)
            .WithSummary("Adopts a version: its year is ranked with it from now on, on every instance; refused if a published ranking would change.");
        group.MapGet("/{year:int}/preview", Preview).RequireAuthorization(Reporting.ReportingApi.Review)
            .WithSummary("The ranking the version would give its year, on the current figures, without adopting it.");
    }

    internal static async Task<Ok<List<MethodologySummary>>> List(string code, DxDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await MethodologyQueries.ListAsync(db, code, ct));

    internal static async Task<Results<Ok<MethodologyResponse>, ProblemHttpResult>> Get(
        string code, int year, int? version, DxDbContext db, CancellationToken ct) =>
        await MethodologyQueries.GetAsync(db, code, year, version, ct) is { } methodology ? TypedResults.Ok(methodology) : NotFound(code, year);

    internal static async Task<Results<Created<MethodologyResponse>, ProblemHttpResult>> Copy(
        string code, int year, CopyMethodologyRequest? request, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var outcome = await CopyMethodology.CopyAsync(db, code, year, request ?? new(), Name(user), clock, ct);
        return outcome.Saved is { } copy
            ? TypedResults.Created($"/api/v1/indexes/{code}/methodologies/{year}?version={copy.Version}", MethodologyResponse.From(copy, null))
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: Text("NoMethodologyTitle"),
                detail: Text("NothingToCopy", code, request?.FromYear ?? year - 1));
    }

    internal static async Task<Results<Ok<MethodologyResponse>, ProblemHttpResult>> Edit(
        string code, int year, int? version, MethodologyRequest request, ClaimsPrincipal user, DxDbContext db, ReportChannel engines,
        TimeProvider clock, CancellationToken ct) =>
        Answer(await EditMethodology.SaveAsync(db, engines, code, year, version, request, Name(user), clock, ct), code, year);

    internal static async Task<Results<Ok<MethodologyResponse>, ProblemHttpResult>> Adopt(
        string code, int year, int? version, ClaimsPrincipal user, DxDbContext db, ReportChannel engines, TimeProvider clock, CancellationToken ct) =>
        Answer(await AdoptMethodology.AdoptAsync(db, engines, code, year, version, Name(user), clock, ct), code, year);

    internal static async Task<Results<Ok<RankingResponse>, ProblemHttpResult>> Preview(
        string code, int year, int? version, DxDbContext db, MonitoringState state, TimeProvider clock, CancellationToken ct) =>
        await PreviewMethodology.PreviewAsync(db, state, code, year, version, clock, ct) is { } ranking
            ? TypedResults.Ok(ranking)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: Text("NoPreviewTitle"), detail: Text("NoPreview", code, year));

    private static Results<Ok<MethodologyResponse>, ProblemHttpResult> Answer(MethodologyOutcome outcome, string code, int year) => outcome switch
    {
        { Saved: { } saved } => TypedResults.Ok(MethodologyResponse.From(saved, null)),
        { Errors: { } errors } => errors.ToProblem(Text("InvalidTitle")),
        { Refused: { } reason } => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: Text("FrozenTitle"), detail: reason),
        _ => NotFound(code, year),
    };

    private static ProblemHttpResult NotFound(string code, int year) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: Text("NoMethodologyTitle"), detail: Text("NoMethodology", code, year));

    private static string Name(ClaimsPrincipal user) => user.Identity?.Name ?? "?";

    private static string Text(string key, params object?[] arguments) => MethodologyText.Texts.Format(key, arguments);
}
