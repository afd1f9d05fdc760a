using System.Security.Claims;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Authorization.Policy;

namespace DxMonitor.Web.Accounts;

/// <summary>
/// A request the authorization policies refuse is told why, in its language: a 401 whether a token was sent and what
/// the API takes, a 403 which roles the route is for and the caller's role as of this request. The answer itself
/// (status, redirect of pages to the sign-in or denied page) stays the framework's.
/// </summary>
internal sealed class RefusalDetails(AuthorizationMiddlewareResultHandler framework) : IAuthorizationMiddlewareResultHandler
{
    private const string Key = "DxMonitor.RefusalDetail";

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            var allowed = policy.Requirements.OfType<RolesAuthorizationRequirement>().SelectMany(r => r.AllowedRoles).Distinct().ToArray();
            var current = context.User.FindFirstValue(ClaimTypes.Role);
            context.Items[Key] = allowed.Length == 0 ? null
                : ApiText.Texts.Format("ForbiddenRoles", string.Join(", ", allowed.Select(RoleName)), current is null ? "—" : RoleName(current));
        }
        else if (authorizeResult.Challenged)
        {
            var tokenSent = context.Request.Headers.Authorization.Count > 0;
            context.Items[Key] = ApiText.Texts.Format(tokenSent ? "TokenRefused" : "TokenMissing");
        }
        return framework.HandleAsync(next, context, policy, authorizeResult);
    }

    /// <summary>Why the policies refused this request, in its language (set before authorization runs); null when they did not.</summary>
    public static string? For(HttpContext context) => context.Items[Key] as string;

    private static string RoleName(string role) => UsersText.Texts.Format($"Role_{role}");
}
