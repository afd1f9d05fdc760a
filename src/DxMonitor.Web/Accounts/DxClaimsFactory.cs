using System.Security.Claims;
using DxMonitor.Data.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Accounts;

/// <summary>
/// Puts a signed-in user's role and unit into the cookie's claims, the same claims an API token carries, and marks a
/// one-time password. <see cref="CurrentUserCookie"/> calls it on every request, so the claims are the user's current ones.
/// </summary>
internal sealed class DxClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options, Data.DxDbContext db)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        var actor = (await user.ToActor().WithNationAsync(db, CancellationToken.None)).ToIdentity(identity.AuthenticationType ?? IdentityConstants.ApplicationScheme);
        identity.AddClaims(actor.Claims.Where(c => c.Type != ClaimTypes.Name));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new(DxClaims.MustChangePassword, "true"));
        }
        return identity;
    }
}
