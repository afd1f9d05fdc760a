using DxMonitor.Data.Access;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace DxMonitor.Web.Accounts;

/// <summary>The sign-in form's post and sign-out, with antiforgery (validated for every form post) and rate limits.</summary>
public static class SignInEndpoints
{
    public static void MapSignIn(this IEndpointRouteBuilder app)
    {
        app.MapPost("/account/signin", SignIn).RequireRateLimiting(RequestLimits.SignIn).ExcludeFromDescription();
        app.MapPost("/account/logout", SignOut).ExcludeFromDescription();
    }

    internal static async Task<RedirectHttpResult> SignIn([FromForm] SignInForm form, SignInManager<AppUser> signIn)
    {
        var back = IsLocal(form.ReturnUrl) ? form.ReturnUrl! : "/"; // checked just before
        var result = string.IsNullOrWhiteSpace(form.UserName) || string.IsNullOrEmpty(form.Password)
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(form.UserName.Trim(), form.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return TypedResults.LocalRedirect(back);
        }
        var error = result.IsLockedOut ? "locked" : "invalid";
        return TypedResults.LocalRedirect($"/account/login?error={error}&returnUrl={Uri.EscapeDataString(back)}");
    }

    internal static async Task<RedirectHttpResult> SignOut([FromForm] SignOutForm form, SignInManager<AppUser> signIn)
    {
        _ = form;
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect("/");
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal);
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
