using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.StaticAssets;

namespace DxMonitor.Web.Accounts;

/// <summary>
/// A person signed in with a one-time password (set by an administrator at creation or reset) must choose a new one
/// before anything else works: every page redirects to the change-password page, which returns them where they were
/// going; the API read through the cookie answers 403. The /account pages (change, sign-out, sign-in) stay open.
/// API tokens are not concerned: they are credentials of their own, issued by an administrator.
/// </summary>
public static class ForcedPasswordChange
{
    public const string PagePath = "/account/password";

    public static void UseForcedPasswordChange(this WebApplication app) => app.Use(async (http, next) =>
    {
        // Static assets (styles, scripts) stay reachable: the password page itself needs them.
        if (!http.User.MustChangeItsPassword() || http.Request.Path.StartsWithSegments("/account")
            || http.GetEndpoint()?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null)
        {
            await next(http);
            return;
        }
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            http.Response.StatusCode = StatusCodes.Status403Forbidden;
            await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new()
            {
                HttpContext = http,
                ProblemDetails = new ProblemDetails
                {
                    Status = StatusCodes.Status403Forbidden,
                    Title = AccountsText.Texts.Format("PasswordChangeFirstTitle"),
                    Detail = AccountsText.Texts.Format("PasswordChangeFirst"),
                },
            });
            return;
        }
        var back = http.Request.Path + http.Request.QueryString;
        http.Response.Redirect($"{PagePath}?returnUrl={Uri.EscapeDataString(back)}");
    });
}
