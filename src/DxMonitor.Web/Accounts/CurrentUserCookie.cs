using DxMonitor.Data.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;

namespace DxMonitor.Web.Accounts;

/// <summary>
/// Every request signed in by cookie reloads its user: Identity's security-stamp check on each request (a
/// validation interval of zero), then the principal is rebuilt from the user's current record, so a role or unit
/// changed in the database applies to the very next request. A changed stamp (password, role, unit or activation
/// changed), a deactivated or locked-out account or a deleted user ends the session: the cookie is removed and the
/// request is anonymous. Identity's own <see cref="SecurityStampValidator{TUser}"/> is not used because on
/// rejection it also signs out of the two-factor "remember me" scheme, which this product does not register.
/// </summary>
internal static class CurrentUserCookie
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var signIn = services.GetRequiredService<SignInManager<AppUser>>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var user = context.Principal is { } principal ? await signIn.ValidateSecurityStampAsync(principal) : null;
        if (user is null || !user.MayActAt(now))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        // Not renewed: the cookie keeps its sliding life; only this request's principal is replaced.
        context.ReplacePrincipal(await signIn.CreateUserPrincipalAsync(user));
    }
}
