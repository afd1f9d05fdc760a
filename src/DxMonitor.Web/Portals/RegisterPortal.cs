using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Portals;
using DxMonitor.Evaluator.Network;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Portals;

/// <summary>
/// Registers a portal of a unit the user answers for; used by the API and the portals page. Errors name the field
/// (unit, url, kind); another unit is forbidden; an address that resolves to a network that is not public (loopback,
/// private, link-local…, unless allow-listed) is unprocessable; the same address twice for a unit is a conflict.
/// </summary>
public static class RegisterPortal
{
    public abstract record Outcome;
    public sealed record Invalid(Dictionary<string, string[]> Errors) : Outcome;
    public sealed record Refused(int Status, string Field, string Title, string Message) : Outcome;
    public sealed record Done(PortalResponse Portal) : Outcome;

    public static async Task<Outcome> ExecuteAsync(
        RegisterPortalRequest request, Actor actor, DxDbContext db, TimeProvider clock, AddressRules addresses, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        var units = await UnitDirectory.LoadAsync(db, ct);
        if (!units.ByCode.TryGetValue(request.Unit ?? "", out var unit))
        {
            errors["unit"] = [PortalsText.Texts.Format("UnknownUnit", request.Unit)];
        }
        if (!PortalUrl.TryParse(request.Url, out var url, out var urlError))
        {
            errors["url"] = [urlError];
        }
        if (!Enum.TryParse<PortalKind>(request.Kind, ignoreCase: false, out var kind) || !Enum.IsDefined(kind) || int.TryParse(request.Kind, out _))
        {
            errors["kind"] = [PortalsText.Texts.Format("NotAPortalKind", request.Kind, string.Join(", ", Enum.GetNames<PortalKind>()))];
        }
        if (errors.Count > 0 || unit is null || url is null)
        {
            return new Invalid(errors);
        }
        if (!PortalAccess.CanEvaluate(actor, unit, units))
        {
            return new Refused(StatusCodes.Status403Forbidden, "unit", PortalsText.Texts.Format("NotYourUnitTitle"), PortalsText.Texts.Format("NotYourUnitDetail", unit.Code));
        }
        if (await PortalAddress.RefusalAsync(url, addresses, ct) is { } refused)
        {
            return new Refused(StatusCodes.Status422UnprocessableEntity, "url", PortalsText.Texts.Format("AddressNotPublicTitle"),
                PortalsText.Texts.Format("AddressNotPublicDetail", url.Host, refused.Address, refused.Network.Network));
        }
        var address = url.ToString();
        if (await db.Portals.AnyAsync(p => p.UnitId == unit.Id && p.Url == address, ct))
        {
            return new Refused(StatusCodes.Status409Conflict, "url", PortalsText.Texts.Format("AlreadyRegisteredTitle"), PortalsText.Texts.Format("AlreadyRegisteredDetail", unit.Code, address));
        }
        var portal = new Portal { UnitId = unit.Id, Url = address, Kind = kind, RegisteredBy = actor.Name, RegisteredAt = clock.GetUtcNow().UtcDateTime };
        db.Portals.Add(portal);
        await db.SaveChangesAsync(ct);
        return new Done(new PortalResponse(portal.Id, unit.Code, unit.NameVi, portal.Url, portal.Kind.ToString(), portal.Active, portal.RegisteredAt, null));
    }
}
