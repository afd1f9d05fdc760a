using System.Security.Claims;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Api;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DxMonitor.Web.Dashboards;

/// <summary>The figures behind the map, the rankings by indicator and the unit pages, for machines; same reads as the pages.</summary>
public static class DashboardsApi
{
    public static void MapDashboards(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/dashboards").WithTags("Dashboards");
        group.MapGet("/map/{indicator}/{period}", Map)
            .WithSummary("Every province valid at the period's end with the indicator's value (or an index's score for the period's year), or with ?province= an indicator's value for each of the province's communes, and the boundary file to draw them with.");
        group.MapGet("/rankings/{indicator}/{year:int}", Ranking)
            .WithSummary("Provinces (level=Province, default) or ministries (level=Ministry) ranked by an indicator for a year, with last year's value and rank.");
        group.MapGet("/units/{unit}", Unit).WithSummary("A unit's place in the hierarchy, the units below it, its latest figures and its targets.");
    }

    /// <param name="province">A province's code (one of the 34): its communes instead of the provinces, for periods ending from 1 July 2025.</param>
    internal static async Task<Results<Ok<MapView>, ProblemHttpResult>> Map(
        string indicator, string period, string? province, ClaimsPrincipal user, DashboardSource source, DxMonitor.Data.DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var at = Require.Period(period, "period", clock);
        var rankings = await Rankings.PublishedRankings.LoadAsync(db, Accounts.DxClaims.View(user), ct);
        var units = province is { Length: > 0 } ? await Units.UnitDirectory.LoadAsync(db, ct) : null;
        var communesOf = units is not null ? DashboardQueries.RequireCommuneMap(units, province!, at) : null;
        var view = await source.ReadAsync(user, s => s.IndicatorIndex(indicator) is { } i
                ? communesOf is not null ? DashboardQueries.CommuneMap(s, i, at, communesOf, units!) : DashboardQueries.Map(s, i, at)
            : s.Result.Indexes.Any(x => x.Index == indicator)
                ? communesOf is null ? DashboardQueries.IndexMap(s, indicator, at.Year, rankings)
                    : throw new Domain.RuleViolationException(ApiText.Texts.Format("IndexHasNoCommuneMap", indicator), "province")
            : null);
        return view is null ? NotFound(ApiText.Texts.Format("IndicatorOrIndexNotFound", indicator)) : TypedResults.Ok(view);
    }

    internal static async Task<Results<Ok<IndicatorRankingResponse>, ProblemHttpResult>> Ranking(
        string indicator, int year, string? level, ClaimsPrincipal user, DashboardSource source)
    {
        var peers = Require.Enum<UnitLevel>(level, "level") ?? UnitLevel.Province;
        if (year is < Period.MinYear or > Period.MaxYear)
        {
            throw new Domain.RuleViolationException(ApiText.Texts.Format("YearOutOfRange", Period.MinYear, Period.MaxYear), "year");
        }
        var ranking = await source.ReadAsync(user, s => s.IndicatorIndex(indicator) is { } i ? DashboardQueries.Ranking(s, i, year, peers) : null);
        return ranking is null ? NotFound(ApiText.Texts.Format("IndicatorNotFound", indicator)) : TypedResults.Ok(ranking);
    }

    internal static async Task<Results<Ok<UnitView>, ProblemHttpResult>> Unit(
        string unit, ClaimsPrincipal user, DashboardSource source, TimeProvider clock, DxMonitor.Data.DxDbContext db, CancellationToken ct)
    {
        var today = VietnamCalendar.Today(clock);
        var seen = await DashboardSource.ViewOfAsync(user, unit, db, ct);
        var view = await source.ReadAsync(seen, s => UnitViews.Describe(s, unit, today));
        var directory = await Units.UnitDirectory.LoadAsync(db, ct);
        view = view is null ? DirectoryUnitViews.Describe(directory, unit, today) : DirectoryUnitViews.WithAllChildren(view, directory, today);
        return view is null ? NotFound(ApiText.Texts.Format("UnitNotFound", unit)) : TypedResults.Ok(view);
    }

    private static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: ApiText.Texts.Format("NotFoundTitle"), detail: detail);
}
