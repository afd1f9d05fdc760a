using System.Security.Claims;
using DxMonitor.Data;
using DxMonitor.Domain.Periods;
using DxMonitor.Web.Accounts;
using DxMonitor.Web.Api;
using DxMonitor.Web.Dossiers;
using DxMonitor.Web.Users;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DxMonitor.Web.ServiceIndex;

/// <summary>
/// The service index of Decision 766/QĐ-TTg (chỉ số phục vụ người dân, doanh nghiệp) computed from the dossiers, feedback,
/// ratings and procedures units send: rankings, a unit's breakdown and trend, exports, and the versioned definition.
/// </summary>
public static class ServiceIndexApi
{
    private const string Tag = "Service index (766)";

    public static void MapServiceIndex(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/service-index").WithTags(Tag);
        group.MapGet("/ranking", Ranking).RequireAuthorization(AuthenticationSetup.Staff)
            .WithSummary("The units of a level ranked for a month, quarter or year (ties share a rank), each group's points; only units the reader may read.");
        group.MapGet("/ranking/export.{format}", Export).RequireAuthorization(AuthenticationSetup.Staff)
            .WithSummary("The same ranking as CSV (UTF-8) or XLSX, with Vietnamese headers: one column per group and component.");
        group.MapGet("/units/{unit}", Breakdown).RequireAuthorization(AuthenticationSetup.Staff)
            .WithSummary("A unit's index for a period with every group and component explained: numerator, denominator, rate, full-at rate, weight, points; missing when no data were sent.");
        group.MapGet("/units/{unit}/trend", Trend).RequireAuthorization(AuthenticationSetup.Staff)
            .WithSummary("A unit's index month by month (at most 36 months), with its rank among its peers each month.");
        group.MapGet("/definitions", ServiceDefinitions.List).RequireAuthorization(AuthenticationSetup.Staff)
            .WithSummary("The definition versions (groups, components, weights, caps, levels), each with the month it is in force from.");
        group.MapPut("/definitions/{version}", ServiceDefinitions.Save).RequireAuthorization(UsersApi.Administer)
            .WithSummary("Stores a definition version (administrators): checked whole, audited; it scores the periods from its month on.");
    }

    /// <param name="period">Month, quarter or year (2025M03, 2025Q1, 2025) or a relative one (LAST_MONTH); default LAST_MONTH.</param>
    /// <param name="level">province (default), ministry or commune.</param>
    /// <param name="within">A province's code: rank its communes only.</param>
    internal static async Task<Results<Ok<ServiceRankingResponse>, ProblemHttpResult>> Ranking(
        string? period, string? level, string? within, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (data, access, resolved) = await LoadAsync(period, user, db, clock, ct);
        var parent = within is { Length: > 0 } ? access.Units.Require(within, "within") : null;
        return TypedResults.Ok(ServiceIndexQueries.Ranking(data, access, resolved, ServiceIndexQueries.ParseLevel(level), parent));
    }

    /// <param name="format">csv or xlsx.</param>
    /// <param name="period">Month, quarter or year; default LAST_MONTH.</param>
    /// <param name="level">province (default), ministry or commune.</param>
    /// <param name="within">A province's code: its communes only.</param>
    internal static async Task<FileContentHttpResult> Export(
        string format, string? period, string? level, string? within, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var (data, access, resolved) = await LoadAsync(period, user, db, clock, ct);
        var parent = within is { Length: > 0 } ? access.Units.Require(within, "within") : null;
        var ranking = ServiceIndexQueries.Ranking(data, access, resolved, ServiceIndexQueries.ParseLevel(level), parent);
        return ServiceIndexExport.File(format, ranking, data.DefinitionFor(resolved), data, access, resolved);
    }

    /// <param name="unit">Unit code.</param>
    /// <param name="period">Month, quarter or year; default LAST_MONTH.</param>
    internal static async Task<Results<Ok<ServiceScoreResponse>, ProblemHttpResult>> Breakdown(
        string unit, string? period, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        try
        {
            var (data, access, resolved) = await LoadAsync(period, user, db, clock, ct);
            return TypedResults.Ok(ServiceIndexQueries.Breakdown(data, access, access.Units.Require(unit, "unit"), resolved));
        }
        catch (DossierAccessDeniedException e)
        {
            return DossiersApi.Denied(e);
        }
    }

    /// <param name="unit">Unit code.</param>
    /// <param name="from">First month (default: twelve months before the last).</param>
    /// <param name="to">Last month (default LAST_MONTH).</param>
    internal static async Task<Results<Ok<ServiceTrendResponse>, ProblemHttpResult>> Trend(
        string unit, string? from, string? to, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        try
        {
            var (data, access, last) = await LoadAsync(to, user, db, clock, ct, "to");
            var first = from is { Length: > 0 } ? Require.Period(from, "from", clock) : Period.Containing(last.End.AddMonths(-11), PeriodType.Month);
            ServiceIndexQueries.RequireSpan(first, last);
            return TypedResults.Ok(ServiceIndexQueries.Trend(data, access, access.Units.Require(unit, "unit"), first, last));
        }
        catch (DossierAccessDeniedException e)
        {
            return DossiersApi.Denied(e);
        }
    }

    private static async Task<(ServiceIndexData Data, DossierAccess Access, Period Period)> LoadAsync(
        string? period, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, CancellationToken ct, string field = "period")
    {
        var resolved = ServiceIndexQueries.RequireStarted(Require.Period(period is { Length: > 0 } ? period : "LAST_MONTH", field, clock), clock, field);
        var access = await DossiersApi.AccessAsync(user, db, ct);
        var data = await ServiceIndexData.LoadAsync(db, access.Units, clock.GetUtcNow().UtcDateTime, ct);
        return (data, access, resolved);
    }
}
