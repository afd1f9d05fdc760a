using DxMonitor.Data;
using DxMonitor.Data.Audit;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Units;

/// <summary>National administrators add, rename, close and merge units (ADR 027); every change is audited and reaches every instance's engines.</summary>
public static class UnitChangesApi
{
    public static void MapUnitChanges(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/units").WithTags("Units").RequireAuthorization(UsersApi.Administer);
        group.MapPost("/", Add).WithSummary("Adds a unit in force from a date, under a unit in force then.");
        group.MapPost("/merge", Merge).WithSummary("Merges units into an existing or a new successor on a date, recording the successions and their shares.");
        group.MapPut("/{code}/name", Rename).WithSummary("Renames a unit whose territory did not change: same unit, same code.");
        group.MapPost("/{code}/close", Close).WithSummary("Ends a unit on a date (its first day without it); its code gains the suffix -YYYY.");
    }

    internal static async Task<Created<UnitResponse>> Add(
        NewUnitRequest body, DxDbContext db, IAuditContext audit, ReportChannel engines, TimeProvider clock, CancellationToken ct)
    {
        var unit = await new ChangeUnits(db, audit, engines, clock).AddAsync(body, ct);
        return TypedResults.Created($"/api/v1/units/{unit.Code}", await ResponseAsync(db, unit.Id, ct));
    }

    internal static async Task<Results<Ok<UnitResponse>, ProblemHttpResult>> Rename(
        string code, RenameUnitRequest body, DxDbContext db, IAuditContext audit, ReportChannel engines, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.Units.AnyAsync(u => u.Code == code, ct))
        {
            return UnitsApi.NotFound(code);
        }
        var unit = await new ChangeUnits(db, audit, engines, clock).RenameAsync(code, body, ct);
        return TypedResults.Ok(await ResponseAsync(db, unit.Id, ct));
    }

    internal static async Task<Results<Ok<UnitResponse>, ProblemHttpResult>> Close(
        string code, CloseUnitRequest body, DxDbContext db, IAuditContext audit, ReportChannel engines, TimeProvider clock, CancellationToken ct)
    {
        if (!await db.Units.AnyAsync(u => u.Code == code, ct))
        {
            return UnitsApi.NotFound(code);
        }
        var unit = await new ChangeUnits(db, audit, engines, clock).CloseAsync(code, body, ct);
        return TypedResults.Ok(await ResponseAsync(db, unit.Id, ct));
    }

    internal static async Task<Ok<MergeResponse>> Merge(
        MergeUnitsRequest body, DxDbContext db, IAuditContext audit, ReportChannel engines, TimeProvider clock, CancellationToken ct)
    {
        var (successor, ended) = await new ChangeUnits(db, audit, engines, clock).MergeAsync(body, ct);
        var units = await UnitDirectory.LoadAsync(db, ct);
        UnitResponse Of(int id) => UnitResponse.From(units.ById[id], units.CodeOf(units.ById[id].ParentId));
        return TypedResults.Ok(new MergeResponse(Of(successor.Id), [.. ended.Select(u => Of(u.Id))]));
    }

    private static async Task<UnitResponse> ResponseAsync(DxDbContext db, int id, CancellationToken ct)
    {
        var unit = await db.Units.AsNoTracking().Include(u => u.Parent).SingleAsync(u => u.Id == id, ct);
        return UnitResponse.From(unit, unit.Parent?.Code);
    }
}
