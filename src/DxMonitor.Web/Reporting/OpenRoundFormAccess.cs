using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;

namespace DxMonitor.Web.Reporting;

/// <summary>
/// The reporting page is for all staff, but its only form, opening a round, is for reviewers (national staff).
/// A post of it by anyone else is refused before the page runs, like a page they may not open: the sign-in
/// cookie sends them to the access-denied page (403), and nothing is written.
/// </summary>
public static class OpenRoundFormAccess
{
    public const string Path = "/reporting";

    public static void UseOpenRoundFormAccess(this WebApplication app) => app.Use(async (http, next) =>
    {
        if (HttpMethods.IsPost(http.Request.Method) && http.Request.Path.Equals(Path, StringComparison.OrdinalIgnoreCase))
        {
            var authorization = http.RequestServices.GetRequiredService<IAuthorizationService>();
            if (!(await authorization.AuthorizeAsync(http.User, ReportingApi.Review)).Succeeded)
            {
                await (http.User.Identity?.IsAuthenticated == true ? http.ForbidAsync() : http.ChallengeAsync());
                return;
            }
        }
        await next(http);
    });
}
