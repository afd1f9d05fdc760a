using DxMonitor.Data;
using DxMonitor.Domain.Targets;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Api;
using DxMonitor.Web.Indicators;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Targets;

/// <summary>National targets (mục tiêu) with their deadlines and legal sources.</summary>
public static class TargetsApi
{
    public static void MapTargets(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/targets").WithTags("Targets");
        group.MapGet("/", List).WithSummary("Targets, filtered by indicator and scope, by deadline.");
        group.MapGet("/{id:int}", Get).WithSummary("One target.");
        group.MapPost("/", ManageTargets.CreateAsync).RequireAuthorization(Reporting.ReportingApi.Review)
            .WithSummary("Sets a target for an indicator; applied to the running engines at once.");
        group.MapPut("/{id:int}", ManageTargets.UpdateAsync).RequireAuthorization(Reporting.ReportingApi.Review)
            .WithSummary("Edits a target's value, baseline, deadline and legal source.");
        group.MapPost("/{id:int}/retire", ManageTargets.RetireAsync).RequireAuthorization(Reporting.ReportingApi.Review)
            .WithSummary("Retires a target: kept for history, no longer followed.");
        group.MapDelete("/{id:int}", ManageTargets.DeleteAsync).RequireAuthorization(Reporting.ReportingApi.Review)
            .WithSummary("Deletes a target whose deadline has not passed; one past it is history and may only be retired.");
    }

    /// <param name="indicator">Indicator code.</param>
    /// <param name="scope">Nation, Ministry, Province, District or Commune.</param>
    /// <param name="page">Page number from 1.</param>
    /// <param name="pageSize">Items per page, 1-500.</param>
    internal static async Task<Ok<Paged<TargetResponse>>> List(
        string? indicator, string? scope, int? page, int? pageSize, DxDbContext db, CancellationToken ct)
    {
        var paging = PageRequest.From(page, pageSize);
        var scopeFilter = Require.Enum<UnitLevel>(scope, "scope");
        var catalogue = await IndicatorCatalogue.LoadAsync(db, ct);
        int? indicatorId = indicator is null ? null : catalogue.Require(indicator, "indicator").Id;
        var targets = await db.Targets.AsNoTracking()
            .Where(t => (indicatorId == null || t.IndicatorId == indicatorId) && (scopeFilter == null || t.Scope == scopeFilter))
            .OrderBy(t => t.Deadline).ThenBy(t => t.Id)
            .ToListAsync(ct);
        return TypedResults.Ok(paging.Of(targets.Select(t => ToResponse(t, catalogue))));
    }

    internal static async Task<Results<Ok<TargetResponse>, ProblemHttpResult>> Get(int id, DxDbContext db, CancellationToken ct)
    {
        var target = await db.Targets.AsNoTracking().SingleOrDefaultAsync(t => t.Id == id, ct);
        if (target is null)
        {
            return NotFound(id);
        }
        return TypedResults.Ok(ToResponse(target, await IndicatorCatalogue.LoadAsync(db, ct)));
    }

    internal static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: ApiText.Texts.Format("UnknownTargetTitle"), detail: ApiText.Texts.Format("TargetNotFound", id));

    internal static TargetResponse ToResponse(Target t, IndicatorCatalogue catalogue) => new(
        t.Id, catalogue.ById[t.IndicatorId].Code, t.Scope, t.Value, t.BaselineValue, t.BaselinePeriod, t.Deadline,
        t.LegalSourceVi, t.LegalSourceEn, t.SourceId is { } s ? catalogue.SourceCodes.GetValueOrDefault(s) : null, t.RetiredOn);
}
