using System.Security.Claims;
using DxMonitor.Data.Access;
using DxMonitor.Domain;
using DxMonitor.Web.Accounts;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace DxMonitor.Web.Users;

/// <summary>
/// What an administrator does to an account besides its role: reset the password (a new one-time password), deactivate,
/// reactivate, unlock. Each takes effect on the user's next request and is audited; changes that must end the
/// user's sessions (reset, deactivation) give the account a new security stamp.
/// </summary>
public static class AccountLifecycle
{
    public static void MapAccountLifecycle(this RouteGroupBuilder users)
    {
        users.MapPost("/{userName}/password-reset", ResetPassword)
            .WithSummary("Gives the user a new one-time password (shown once), unlocks the account and ends its sessions; API tokens are not affected.");
        users.MapPost("/{userName}/deactivate", Deactivate)
            .WithSummary("Deactivates an account: no sign-in, sessions end, its API tokens are refused (401) until reactivated.");
        users.MapPost("/{userName}/reactivate", Reactivate).WithSummary("Reactivates a deactivated account.");
        users.MapPost("/{userName}/unlock", Unlock).WithSummary("Ends a lockout after failed sign-ins and clears the failed count.");
    }

    internal static async Task<Results<Ok<OneTimePassword>, ProblemHttpResult>> ResetPassword(
        string userName, ClaimsPrincipal admin, UserManager<AppUser> users, AccountAudit audit, CancellationToken ct)
    {
        if (await users.FindByNameAsync(userName) is not { UserName: { } name } user)
        {
            return UsersApi.NotFound(userName);
        }
        var password = OneTimePasswords.New();
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        (user.MustChangePassword, user.LockoutEnd, user.AccessFailedCount) = (true, null, 0);
        await users.UpdateSecurityStampAsync(user); // one update, with a new stamp: every session of the user ends
        await audit.RecordAsync(name, "PasswordReset", null, "one-time password issued", admin, ct);
        return TypedResults.Ok(new OneTimePassword(name, password));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> Deactivate(
        string userName, ClaimsPrincipal admin, UserManager<AppUser> users, AccountAudit audit, TimeProvider clock, CancellationToken ct)
    {
        if (await users.FindByNameAsync(userName) is not { UserName: { } name } user)
        {
            return UsersApi.NotFound(userName);
        }
        if (string.Equals(users.NormalizeName(name), users.NormalizeName(admin.Identity?.Name), StringComparison.Ordinal))
        {
            throw new RuleViolationException(UsersText.Texts.Format("CannotDeactivateSelf"), "userName");
        }
        if (user.IsActive)
        {
            user.DeactivatedAt = clock.GetUtcNow().UtcDateTime;
            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(name, "Deactivated", "active", "deactivated", admin, ct);
        }
        return TypedResults.NoContent();
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> Reactivate(
        string userName, ClaimsPrincipal admin, UserManager<AppUser> users, AccountAudit audit, CancellationToken ct)
    {
        if (await users.FindByNameAsync(userName) is not { UserName: { } name } user)
        {
            return UsersApi.NotFound(userName);
        }
        if (!user.IsActive)
        {
            user.DeactivatedAt = null;
            await users.UpdateSecurityStampAsync(user);
            await audit.RecordAsync(name, "Reactivated", "deactivated", "active", admin, ct);
        }
        return TypedResults.NoContent();
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> Unlock(
        string userName, ClaimsPrincipal admin, UserManager<AppUser> users, AccountAudit audit, TimeProvider clock, CancellationToken ct)
    {
        if (await users.FindByNameAsync(userName) is not { UserName: { } name } user)
        {
            return UsersApi.NotFound(userName);
        }
        var wasLocked = user.IsLockedOutAt(clock.GetUtcNow());
        (user.LockoutEnd, user.AccessFailedCount) = (null, 0);
        await users.UpdateAsync(user);
        if (wasLocked)
        {
            await audit.RecordAsync(name, "Unlocked", "locked out", "unlocked", admin, ct);
        }
        return TypedResults.NoContent();
    }
}
