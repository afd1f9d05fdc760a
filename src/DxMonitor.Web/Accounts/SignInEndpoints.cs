using System.Globalization;
using DxMonitor.Data.Access;
using DxMonitor.Web.Users;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace DxMonitor.Web.Accounts;

/// <summary>
/// The sign-in form's post and sign-out, with antiforgery (validated for every form post) and rate limits. Every
/// attempt is in the account audit: signed in, failed (and why), or the failure that locked the account.
/// </summary>
public static class SignInEndpoints
{
    public static void MapSignIn(this IEndpointRouteBuilder app)
    {
        // The request delegate generator cannot bind a form to a class: these two are built when the app starts.
#pragma warning disable RDG003
        app.MapPost("/account/signin", SignIn).RequireRateLimiting(RequestLimits.SignIn).ExcludeFromDescription();
        app.MapPost("/account/logout", SignOut).ExcludeFromDescription();
#pragma warning restore RDG003
    }

    internal static async Task<RedirectHttpResult> SignIn(
        [FromForm] SignInForm form, SignInManager<AppUser> signIn, AccountAudit audit, TimeProvider clock, CancellationToken ct)
    {
        var back = IsLocal(form.ReturnUrl) ? form.ReturnUrl! : "/"; // checked just before
        var name = form.UserName?.Trim() ?? "";
        if (name.Length == 0 || string.IsNullOrEmpty(form.Password))
        {
            return Refused("invalid", back);
        }
        var user = await signIn.UserManager.FindByNameAsync(name);
        if (user?.UserName is not { } subject)
        {
            await audit.RecordAsync(name[..Math.Min(name.Length, 100)], "SignInFailed", null, "unknown user", AccountAudit.Anonymous, ct);
            return Refused("invalid", back);
        }
        var wasLocked = user.IsLockedOutAt(clock.GetUtcNow());
        var result = await signIn.PasswordSignInAsync(user, form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.RecordAsync(subject, "SignedIn", null, null, subject, ct);
            return TypedResults.LocalRedirect(user.MustChangePassword ? $"{ForcedPasswordChange.PagePath}?returnUrl={Uri.EscapeDataString(back)}" : back);
        }
        var (action, reason) = result switch
        {
            { IsLockedOut: true } when !wasLocked => ("LockedOut", "until " + user.LockoutEnd?.ToString("u", CultureInfo.InvariantCulture)),
            { IsLockedOut: true } => ("SignInFailed", "locked out"),
            { IsNotAllowed: true } => ("SignInFailed", "deactivated"),
            _ => ("SignInFailed", "wrong password"),
        };
        await audit.RecordAsync(subject, action, null, reason, AccountAudit.Anonymous, ct);
        // A deactivated account reads as a wrong password, so the form tells a stranger nothing about it.
        return Refused(result.IsLockedOut ? "locked" : "invalid", back);
    }

    internal static async Task<RedirectHttpResult> SignOut([FromForm] SignOutForm form, SignInManager<AppUser> signIn)
    {
        _ = form;
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/");
    }

    /// <summary>Whether a return address stays on this site.</summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);

    private static RedirectHttpResult Refused(string error, string back) =>
        TypedResults.LocalRedirect($"/account/login?error={error}&returnUrl={Uri.EscapeDataString(back)}");
}

/// <summary>The sign-in form's fields.</summary>
public sealed class SignInForm
{
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public string? ReturnUrl { get; set; }
}

/// <summary>The sign-out form: no field but the antiforgery token, which makes it a form post.</summary>
public sealed class SignOutForm;
