using DxMonitor.Data;
using DxMonitor.Domain;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Text;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Api;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DxMonitor.Web.Units;

/// <summary>Organisation units over time: the hierarchy valid on a date, and the mergers between hierarchies.</summary>
public static class UnitsApi
{
    public static void MapUnits(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/units").WithTags("Units");
        group.MapGet("/", List).WithSummary("Units valid on a date (default today), filtered by level, parent and name.");
        group.MapGet("/hierarchy", Hierarchy).WithSummary("The whole hierarchy valid on a date: 63 provinces before 2025-07-01, 34 from then.");
        group.MapGet("/{code}", Get).WithSummary("One unit, valid or historical, with its predecessors and successors.");
        group.MapGet("/{code}/children", Children).WithSummary("The children of a unit valid on a date.");
        api.MapUnitChanges();
        api.MapUnitGroups();
    }

    /// <param name="asOf">Date (yyyy-MM-dd) the units must be valid on; default today in Viet Nam.</param>
    /// <param name="level">Nation, Ministry, Province, District or Commune.</param>
    /// <param name="parent">Code of the parent unit.</param>
    /// <param name="search">Part of the Vietnamese or English name; diacritics and case are ignored.</param>
    /// <param name="group">Code of a unit group: only its members.</param>
    /// <param name="page">Page number from 1.</param>
    /// <param name="pageSize">Items per page, 1-500.</param>
    internal static async Task<Ok<Paged<UnitResponse>>> List(
        DateOnly? asOf, string? level, string? parent, string? search, string? group, int? page, int? pageSize,
        DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var members = await UnitGroupQueries.MemberIdsAsync(group, db, ct);
        var paging = PageRequest.From(page, pageSize);
        var levelFilter = Require.Enum<UnitLevel>(level, "level");
        var date = asOf ?? VietnamCalendar.Today(clock);
        var directory = await UnitDirectory.LoadAsync(db, ct);
        var parentId = parent is null ? (int?)null : directory.Require(parent, "parent").Id;
        var query = SearchText.Fold(search);
        var units = directory.All
            .Where(u => u.IsValidOn(date) && (levelFilter is null || u.Level == levelFilter) && (parentId is null || u.ParentId == parentId)
                && (members is null || members.Contains(u.Id)))
            .Where(u => SearchText.Matches(u.NameVi, query) || SearchText.Matches(u.NameEn, query) || SearchText.Matches(u.Code, query));
        return TypedResults.Ok(paging.Of(UnitDirectory.InDisplayOrder(units).Select(u => UnitResponse.From(u, directory.CodeOf(u.ParentId)))));
    }

    /// <param name="asOf">Date (yyyy-MM-dd); default today in Viet Nam.</param>
    internal static async Task<Ok<HierarchyResponse>> Hierarchy(DateOnly? asOf, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var date = asOf ?? VietnamCalendar.Today(clock);
        var directory = await UnitDirectory.LoadAsync(db, ct);
        var valid = directory.All.Where(u => u.IsValidOn(date)).ToList();
        var children = valid.ToLookup(u => u.ParentId);
        UnitNode Node(OrgUnit unit) => new(unit.Code, unit.Level, unit.NameVi, unit.NameEn,
            [.. UnitDirectory.InDisplayOrder(children[unit.Id]).Select(Node)]);
        var root = valid.Single(u => u.Level == UnitLevel.Nation);
        return TypedResults.Ok(new HierarchyResponse(date, valid.Count, Node(root)));
    }

    internal static async Task<Results<Ok<UnitDetailResponse>, ProblemHttpResult>> Get(string code, DxDbContext db, CancellationToken ct)
    {
        var directory = await UnitDirectory.LoadAsync(db, ct);
        if (!directory.ByCode.TryGetValue(code, out var unit))
        {
            return NotFound(code);
        }
        SuccessionResponse Link(int otherId, UnitSuccession s) =>
            new(directory.ById[otherId].Code, directory.ById[otherId].NameVi, s.EffectiveOn, s.Share);
        return TypedResults.Ok(new UnitDetailResponse(
            UnitResponse.From(unit, directory.CodeOf(unit.ParentId)),
            [.. directory.Successions.Where(s => s.SuccessorId == unit.Id).Select(s => Link(s.PredecessorId, s))],
            [.. directory.Successions.Where(s => s.PredecessorId == unit.Id).Select(s => Link(s.SuccessorId, s))]));
    }

    /// <param name="code">Code of the parent unit.</param>
    /// <param name="asOf">Date (yyyy-MM-dd); default today in Viet Nam.</param>
    internal static async Task<Results<Ok<IReadOnlyList<UnitResponse>>, ProblemHttpResult>> Children(
        string code, DateOnly? asOf, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var date = asOf ?? VietnamCalendar.Today(clock);
        var directory = await UnitDirectory.LoadAsync(db, ct);
        if (!directory.ByCode.TryGetValue(code, out var unit))
        {
            return NotFound(code);
        }
        var children = directory.All.Where(u => u.ParentId == unit.Id && u.IsValidOn(date));
        return TypedResults.Ok<IReadOnlyList<UnitResponse>>([.. UnitDirectory.InDisplayOrder(children).Select(u => UnitResponse.From(u, code))]);
    }

    internal static ProblemHttpResult NotFound(string code) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: ApiText.Texts.Format("UnknownUnitTitle"), detail: ApiText.Texts.Format("UnitNotFound", code));
}
