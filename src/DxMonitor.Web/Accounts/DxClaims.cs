using System.Globalization;
using System.Security.Claims;
using DxMonitor.Domain.Access;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Accounts;

/// <summary>How an <see cref="Actor"/> travels in a <see cref="ClaimsPrincipal"/>.</summary>
public static class DxClaims
{
    public const string UnitId = "dx:unit";
    public const string IncludesDescendants = "dx:descendants";

    /// <summary>On a user whose unit is the nation (<see cref="Actor.AnswersForNation"/>).</summary>
    public const string Nation = "dx:nation";

    /// <summary>On a signed-in person whose password is one-time (set by an administrator): pages wait for a new one.</summary>
    public const string MustChangePassword = "dx:must-change-password";

    public static bool MustChangeItsPassword(this ClaimsPrincipal user) => user.HasClaim(MustChangePassword, "true");

    public static ClaimsIdentity ToIdentity(this Actor actor, string scheme)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, actor.Name), new(ClaimTypes.Role, actor.Role.ToString()) };
        if (actor.UnitId is { } unit)
        {
            claims.Add(new(UnitId, unit.ToString(CultureInfo.InvariantCulture)));
        }
        if (actor.IncludesDescendants)
        {
            claims.Add(new(IncludesDescendants, "true"));
        }
        if (actor.AnswersForNation)
        {
            claims.Add(new(Nation, "true"));
        }
        return new ClaimsIdentity(claims, scheme);
    }

    public static Actor ToActor(this ClaimsPrincipal user) => new(
        user.Identity?.Name ?? "anonymous",
        Enum.TryParse<Role>(user.FindFirstValue(ClaimTypes.Role), out var role) ? role : Role.Public,
        int.TryParse(user.FindFirstValue(UnitId), CultureInfo.InvariantCulture, out var unit) ? unit : null,
        user.HasClaim(IncludesDescendants, "true"))
    {
        AnswersForNation = user.HasClaim(Nation, "true"),
    };

    /// <summary>The actor with <see cref="Actor.AnswersForNation"/> set from the unit directory: its unit is the root.</summary>
    public static async Task<Actor> WithNationAsync(this Actor actor, Data.DxDbContext db, CancellationToken ct) =>
        actor.UnitId is { } unit
            ? actor with { AnswersForNation = await db.Units.AnyAsync(u => u.Id == unit && u.ParentId == null, ct) }
            : actor;

    /// <summary>Which values the request's user sees; a page rendered without a request sees the public view.</summary>
    public static DataView View(this Microsoft.AspNetCore.Http.HttpContext? http) => http?.User.View() ?? DataView.Published;

    /// <summary>Which values a user sees; no user at all is the public.</summary>
    public static DataView View(this ClaimsPrincipal? user) => user?.ToActor().View ?? DataView.Published;
}
