using System.Security.Claims;
using DxMonitor.Data;
using DxMonitor.Domain;
using DxMonitor.Web.Accounts;
using DxMonitor.Web.Api;
using DxMonitor.Web.Hosting;
using DxMonitor.Web.Indicators;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Units;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Values;

/// <summary>Reported values (số liệu): read, resolve through mergers, write one or a batch, audit history.</summary>
public static class ValuesApi
{
    public static void MapValues(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/values").WithTags("Values");
        group.MapGet("/", List).WithSummary("Stored values, filtered by indicator, unit and period range.");
        group.MapGet("/{indicator}/{unit}/{period}", Get)
            .WithSummary("A unit's value; for periods before the unit existed, its predecessors' values combined.");
        group.MapGet("/{indicator}/{unit}/{period}/history", History).RequireAuthorization(AuthenticationSetup.Staff)
            .WithSummary("Every change to a value: who, when, old, new.");
        group.MapGet("/pending", Pending).RequireAuthorization(Reporting.ReportingApi.Review)
            .WithSummary("Stored values the public does not see as they stand: new ones and corrections of published ones.");
        group.MapPost("/publish", Publish).RequireAuthorization(Reporting.ReportingApi.Review)
            .WithSummary("Makes values of a period public, as they are now: a unit's, or some indicators' for every unit.");
        group.MapPut("/{indicator}/{unit}/{period}", Put).RequireAuthorization(AuthenticationSetup.WriteData)
            .WithSummary("Creates or updates one value: national staff store it; a unit officer writes it into the unit's report for the round that asks for it.");
        group.MapPost("/batch", Batch).RequireAuthorization(AuthenticationSetup.WriteData).Idempotent()
            .WithSummary("Creates or updates many values, as the single write does: all are written, or none if any is refused.");
    }

    /// <param name="indicator">Indicator code.</param>
    /// <param name="unit">Unit code.</param>
    /// <param name="from">First period (inclusive), e.g. 2022Q1, or a relative one: LAST_4_QUARTERS takes its first quarter.</param>
    /// <param name="to">Last period (inclusive), or a relative one: LAST_4_QUARTERS takes its last quarter.</param>
    /// <param name="page">Page number from 1.</param>
    /// <param name="pageSize">Items per page, 1-500.</param>
    internal static async Task<Ok<Paged<ValueResponse>>> List(string? indicator, string? unit, string? from, string? to, int? page, int? pageSize,
        ClaimsPrincipal user, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var paging = PageRequest.From(page, pageSize);
        var view = await ValueQueries.ViewForAsync(user.ToActor(), unit, db, ct);
        var (query, catalogue, units) = await ValueQueries.FilterAsync(indicator, unit, from, to, view, db, ct, clock);
        var total = await query.CountAsync(ct);
        var items = await query.Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return TypedResults.Ok(new Paged<ValueResponse>(
            [.. items.Select(v => ValueQueries.ToResponse(v, catalogue, units, view))], paging.Page, paging.PageSize, total));
    }

    internal static async Task<Results<Ok<ResolvedValueResponse>, ProblemHttpResult>> Get(
        string indicator, string unit, string period, ClaimsPrincipal user, DxDbContext db, MonitoringState state, CancellationToken ct)
    {
        var target = await FindAsync(indicator, unit, period, db, ct);
        if (target.Problem is { } problem)
        {
            return problem;
        }
        var view = await ValueQueries.ViewForAsync(user.ToActor(), unit, db, ct);
        var resolved = await ValueQueries.ResolveAsync(target.IndicatorId, target.UnitId, target.Period, view, db, ct);
        if (resolved is { Origin: ValueOrigin.Reported, Value: null })
        {
            await state.Ready.WaitAsync(ct);
            resolved = state.Read(view, snapshot => EngineFigure.Of(snapshot, indicator, target.UnitId, target.Period, resolved));
        }
        return TypedResults.Ok(resolved);
    }

    /// <param name="indicator">Indicator code.</param>
    /// <param name="unit">Unit code.</param>
    /// <param name="period">Period code, e.g. 2025Q3.</param>
    /// <param name="page">Page number from 1.</param>
    /// <param name="pageSize">Items per page, 1-500.</param>
    internal static async Task<Ok<Paged<PendingValueResponse>>> Pending(
        string? indicator, string? unit, string? period, int? page, int? pageSize, DxDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await PendingValues.ListAsync(indicator, unit, period, PageRequest.From(page, pageSize), db, ct));

    internal static async Task<Ok<PublishResult>> Publish(PublishRequest body, DxDbContext db, TimeProvider clock, ReportChannel monitoring, CancellationToken ct)
    {
        var units = await UnitDirectory.LoadAsync(db, ct);
        var catalogue = await IndicatorCatalogue.LoadAsync(db, ct);
        var unit = body.Unit is null ? null : units.Require(body.Unit, "unit");
        var period = Require.Period(body.Period, "period");
        var indicators = body.Indicators?.Select((code, i) => catalogue.Require(code, $"indicators[{i}]").Id).ToList();
        if (unit is null && indicators is not { Count: > 0 })
        {
            throw new RuleViolationException(ApiText.Texts.Format("PublishNeedsUnitOrIndicators"), "indicators");
        }
        return TypedResults.Ok(new PublishResult(await PublishValues.ExecuteAsync(unit?.Id, period.Code, indicators, db, clock, monitoring, ct)));
    }

    /// <summary>Who changed a value is unpublished data: only readers of the unit's unpublished data see it (else 403).</summary>
    internal static async Task<Results<Ok<List<ValueChangeResponse>>, ProblemHttpResult>> History(
        string indicator, string unit, string period, ClaimsPrincipal user, DxDbContext db, CancellationToken ct)
    {
        var target = await FindAsync(indicator, unit, period, db, ct);
        if (target.Problem is null && await ValueQueries.ViewForAsync(user.ToActor(), unit, db, ct) != Domain.Access.DataView.Working)
        {
            throw new UnitOutOfScopeException(unit, "unit");
        }
        return target.Problem ?? (Results<Ok<List<ValueChangeResponse>>, ProblemHttpResult>)TypedResults.Ok(
            await ValueQueries.HistoryAsync(target.IndicatorId, target.UnitId, target.Period, db, ct));
    }

    internal static async Task<Results<Ok<WriteResult>, ValidationProblem, ProblemHttpResult>> Put(
        string indicator, string unit, string period, ValueWrite body, ClaimsPrincipal user,
        DxDbContext db, TimeProvider clock, ReportChannel monitoring, IOptions<Reporting.ReportingOptions> reporting, CancellationToken ct)
    {
        var item = new ValueItems.Item("", indicator, unit, period, body);
        return ToResult(await WriteValues.ExecuteAsync([item], user.ToActor(), reporting.Value.JumpFactor, db, clock, monitoring, ct));
    }

    internal static async Task<Results<Ok<WriteResult>, ValidationProblem, ProblemHttpResult>> Batch(
        BatchWrite body, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, ReportChannel monitoring, IOptions<ApiOptions> options,
        IOptions<Reporting.ReportingOptions> reporting, CancellationToken ct)
    {
        if (body.Values.Count == 0 || body.Values.Count > options.Value.MaxBatchSize)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["values"] = [ApiText.Texts.Format("ValueBatchSize", options.Value.MaxBatchSize, body.Values.Count)],
            });
        }
        var items = body.Values.Select((v, i) => new ValueItems.Item(
            $"values[{i}].", v.Indicator, v.Unit, v.Period, new ValueWrite(v.Value, v.Denominator, v.Comment, v.Source))).ToList();
        return ToResult(await WriteValues.ExecuteAsync(items, user.ToActor(), reporting.Value.JumpFactor, db, clock, monitoring, ct));
    }

    private static Results<Ok<WriteResult>, ValidationProblem, ProblemHttpResult> ToResult(RecordValues.Outcome outcome) => outcome switch
    {
        RecordValues.Written written => TypedResults.Ok(written.Result),
        RecordValues.Invalid invalid => TypedResults.Problem(new HttpValidationProblemDetails(invalid.Errors)
        {
            Status = StatusCodes.Status422UnprocessableEntity,
            Title = ApiText.Texts.Format("InvalidValuesTitle"),
        }),
        RecordValues.Conflict conflict => TypedResults.Problem(new HttpValidationProblemDetails(conflict.Errors)
        {
            Status = StatusCodes.Status409Conflict,
            Title = ApiText.Texts.Format("ConflictValuesTitle"),
        }),
        RecordValues.Forbidden forbidden => TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: ApiText.Texts.Format("NotYourUnitTitle"),
            detail: forbidden.Message, extensions: new Dictionary<string, object?> { ["field"] = forbidden.Field }),
        _ => throw new InvalidOperationException($"Unexpected outcome {outcome.GetType().Name}."),
    };

    private sealed record Found(int IndicatorId, int UnitId, Domain.Periods.Period Period, ProblemHttpResult? Problem);

    private static async Task<Found> FindAsync(string indicator, string unit, string period, DxDbContext db, CancellationToken ct)
    {
        var parsed = Require.Period(period);
        var indicatorId = await db.Indicators.Where(i => i.Code == indicator).Select(i => (int?)i.Id).SingleOrDefaultAsync(ct);
        var unitId = await db.Units.Where(u => u.Code == unit).Select(u => (int?)u.Id).SingleOrDefaultAsync(ct);
        return (indicatorId, unitId) switch
        {
            (null, _) => new(0, 0, parsed, IndicatorsApi.NotFound(indicator)),
            (_, null) => new(0, 0, parsed, UnitsApi.NotFound(unit)),
            ({ } i, { } u) => new(i, u, parsed, null),
        };
    }
}
