using DxMonitor.Data.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Accounts;

/// <summary>
/// Identity's sign-in manager, with one more rule: a deactivated account may not sign in (by password or any other
/// way Identity offers), whatever the password. Identity answers "not allowed" before checking the password, so a
/// deactivated account's failed attempts do not count towards a lockout.
/// </summary>
internal sealed class AccountSignInManager(
    UserManager<AppUser> users, IHttpContextAccessor http, IUserClaimsPrincipalFactory<AppUser> claims,
    IOptions<IdentityOptions> options, ILogger<SignInManager<AppUser>> logger, IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation)
    : SignInManager<AppUser>(users, http, claims, options, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(AppUser user) => user.IsActive && await base.CanSignInAsync(user);
}
