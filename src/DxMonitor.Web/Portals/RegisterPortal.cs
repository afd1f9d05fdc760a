using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Portals;
using DxMonitor.Web.Units;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Portals;

/// <summary>Registers a portal of a unit the user answers for; the same address twice for a unit is a conflict.</summary>
public static class RegisterPortal
{
    public static async Task<Results<Created<PortalResponse>, ValidationProblem, ProblemHttpResult>> HandleAsync(
        RegisterPortalRequest request, Actor actor, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var units = await UnitDirectory.LoadAsync(db, ct);
        if (!units.ByCode.TryGetValue(request.Unit ?? "", out var unit))
        {
            errors["unit"] = [$"No unit has the code '{request.Unit}'."];
        }
        if (!PortalUrl.TryParse(request.Url, out var url, out var urlError))
        {
            errors["url"] = [urlError];
        }
        if (!Enum.TryParse<PortalKind>(request.Kind, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || int.TryParse(request.Kind, out _))
        {
            errors["kind"] = [$"'{request.Kind}' is not a portal kind: use {string.Join(" or ", Enum.GetNames<PortalKind>())}."];
        }
        if (errors.Count > 0 || unit is null || url is null)
        {
            return TypedResults.ValidationProblem(errors);
        }
        if (!PortalAccess.CanEvaluate(actor, unit, units))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Not your unit",
                detail: $"You may not register portals of unit {unit.Code}.", extensions: new Dictionary<string, object?> { ["field"] = "unit" });
        }
        var address = url.ToString();
        if (await db.Portals.AnyAsync(p => p.UnitId == unit.Id && p.Url == address, ct))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Already registered",
                detail: $"Unit {unit.Code} already registered {address}.", extensions: new Dictionary<string, object?> { ["field"] = "url" });
        }
        var portal = new Portal { UnitId = unit.Id, Url = address, Kind = kind, RegisteredBy = actor.Name, RegisteredAt = clock.GetUtcNow().UtcDateTime };
        db.Portals.Add(portal);
        await db.SaveChangesAsync(ct);
        return TypedResults.Created($"/api/v1/portals/{portal.Id}",
            new PortalResponse(portal.Id, unit.Code, unit.NameVi, portal.Url, portal.Kind.ToString(), portal.Active, portal.RegisteredAt, null));
    }
}
