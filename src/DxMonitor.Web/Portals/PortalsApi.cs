using System.Security.Claims;
using DxMonitor.Data;
using DxMonitor.Evaluator;
using DxMonitor.Evaluator.Network;
using DxMonitor.Web.Accounts;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

namespace DxMonitor.Web.Portals;

/// <summary>
/// Portal evaluation (đánh giá Hệ thống thông tin giải quyết TTHC): register a unit's portals, evaluate one now,
/// read its history and each evaluation's deductions with evidence. A unit's officer sees and evaluates only its own
/// unit's portals; another unit's are "not found".
/// </summary>
public static class PortalsApi
{
    public static void MapPortals(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/portals").WithTags("Portals").RequireAuthorization();
        group.MapGet("/", List).WithSummary("Registered portals the user may see, with their latest grade.");
        group.MapPost("/", Register).RequireAuthorization(AuthenticationSetup.WriteData)
            .WithSummary("Registers a unit's portal for evaluation; an address that resolves to a network that is not public (loopback, private, link-local…) is refused 422.");
        group.MapGet("/{id:int}/evaluations", History).WithSummary("A portal's evaluations, newest first, and the change of score.");
        group.MapGet("/{id:int}/evaluations/latest", Latest).WithSummary("The latest evaluation with every deduction and its evidence.");
        group.MapGet("/{id:int}/evaluations/{evaluation:int}", Get).WithSummary("One evaluation with every deduction and its evidence.");
        group.MapPost("/{id:int}/evaluations", Evaluate).RequireAuthorization(AuthenticationSetup.WriteData)
            .WithSummary("Evaluates the portal now (within the evaluator's time limit), stores the result and updates the portal-score indicator.");
        group.MapPost("/{id:int}/deactivate", Deactivate).RequireAuthorization(AuthenticationSetup.WriteData)
            .WithSummary("Stops evaluating the portal (on demand and by the scheduler); its history stays readable.");
        group.MapPost("/{id:int}/activate", Activate).RequireAuthorization(AuthenticationSetup.WriteData)
            .WithSummary("Evaluates a deactivated portal again.");
    }

    /// <param name="unit">Only this unit's portals.</param>
    internal static async Task<Ok<List<PortalResponse>>> List(string? unit, ClaimsPrincipal user, DxDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await PortalQueries.ListAsync(unit, user.ToActor(), db, ct));

    internal static async Task<Results<Created<PortalResponse>, ValidationProblem, ProblemHttpResult>> Register(
        RegisterPortalRequest body, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, AddressRules addresses, CancellationToken ct) =>
        await RegisterPortal.ExecuteAsync(body, user.ToActor(), db, clock, addresses, ct) switch
        {
            RegisterPortal.Done done => TypedResults.Created($"/api/v1/portals/{done.Portal.Id}", done.Portal),
            RegisterPortal.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors, title: PortalsText.Texts.Format("InvalidPortalTitle")),
            RegisterPortal.Refused refused => TypedResults.Problem(statusCode: refused.Status, title: refused.Title, detail: refused.Message,
                extensions: new Dictionary<string, object?> { ["field"] = refused.Field }),
            var other => throw new InvalidOperationException($"Unexpected outcome {other.GetType().Name}."),
        };

    internal static async Task<Results<Ok<PortalHistoryResponse>, ProblemHttpResult>> History(int id, ClaimsPrincipal user, DxDbContext db, CancellationToken ct) =>
        await PortalQueries.FindAsync(id, user.ToActor(), false, db, ct) is { } found
            ? TypedResults.Ok(await PortalQueries.HistoryAsync(found.Portal, db, ct))
            : NotFound(id);

    internal static Task<Results<Ok<EvaluationResponse>, ProblemHttpResult>> Latest(
        int id, ClaimsPrincipal user, DxDbContext db, IStringLocalizer<PortalsText> text, CancellationToken ct) =>
        GetEvaluationAsync(id, null, user, db, text, ct);

    internal static Task<Results<Ok<EvaluationResponse>, ProblemHttpResult>> Get(
        int id, int evaluation, ClaimsPrincipal user, DxDbContext db, IStringLocalizer<PortalsText> text, CancellationToken ct) =>
        GetEvaluationAsync(id, evaluation, user, db, text, ct);

    internal static async Task<Results<Ok<EvaluationResponse>, ProblemHttpResult>> Evaluate(
        int id, ClaimsPrincipal user, PortalEvaluator evaluator, DxDbContext db, TimeProvider clock, ReportChannel monitoring,
        IStringLocalizer<PortalsText> text, CancellationToken ct)
    {
        var actor = user.ToActor();
        if (await PortalQueries.FindAsync(id, actor, true, db, ct) is not { } found)
        {
            return NotFound(id);
        }
        if (!found.Portal.Active)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: PortalsText.Texts.Format("PortalInactiveTitle"),
                detail: PortalsText.Texts.Format("PortalInactiveDetail", id));
        }
        return TypedResults.Ok(await EvaluatePortal.RunAsync(found.Portal, EvaluatePortal.OnDemand, actor, evaluator, db, clock, monitoring, text, ct));
    }

    internal static Task<Results<Ok<PortalResponse>, ProblemHttpResult>> Deactivate(
        int id, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, ReportChannel monitoring, CancellationToken ct) =>
        SetActiveAsync(id, false, user, db, clock, monitoring, ct);

    internal static Task<Results<Ok<PortalResponse>, ProblemHttpResult>> Activate(
        int id, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, ReportChannel monitoring, CancellationToken ct) =>
        SetActiveAsync(id, true, user, db, clock, monitoring, ct);

    private static async Task<Results<Ok<PortalResponse>, ProblemHttpResult>> SetActiveAsync(
        int id, bool active, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, ReportChannel monitoring, CancellationToken ct) =>
        await SetPortalActive.ExecuteAsync(id, active, user.ToActor(), db, clock, monitoring, ct) is { } portal
            ? TypedResults.Ok(portal)
            : NotFound(id);

    private static async Task<Results<Ok<EvaluationResponse>, ProblemHttpResult>> GetEvaluationAsync(
        int id, int? evaluation, ClaimsPrincipal user, DxDbContext db, IStringLocalizer<PortalsText> text, CancellationToken ct)
    {
        if (await PortalQueries.FindAsync(id, user.ToActor(), false, db, ct) is not { } found)
        {
            return NotFound(id);
        }
        return await PortalQueries.EvaluationAsync(found.Portal, evaluation, db, text, ct) is { } response
            ? TypedResults.Ok(response)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: PortalsText.Texts.Format("NoEvaluationTitle"),
                detail: evaluation is null ? PortalsText.Texts.Format("NotEvaluatedYet", id) : PortalsText.Texts.Format("NoSuchEvaluation", id, evaluation));
    }

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: PortalsText.Texts.Format("UnknownPortalTitle"), detail: PortalsText.Texts.Format("UnknownPortal", id));
}
