using DxMonitor.Data;
using DxMonitor.Data.Access;
using DxMonitor.Domain.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Identity;

namespace DxMonitor.Web.Accounts;

public static class AuthenticationSetup
{
    /// <summary>Policy for writing reported data; which units an actor may write is checked per request.</summary>
    public const string WriteData = "WriteData";
    private const string CookieName = "dxmonitor.auth";

    /// <summary>Signed-in staff (leaders and up): they see unpublished data, alerts and history.</summary>
    public const string Staff = "Staff";

    private const string Selector = "DxMonitor";

    /// <summary>
    /// Pages sign in with ASP.NET Core Identity's cookie; the API accepts only bearer tokens, so a browser's
    /// cookie can never write through it (no cross-site request forgery there).
    /// </summary>
    public static void AddAccounts(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AccountOptions.Section).Get<AccountOptions>() ?? new AccountOptions();
        builder.Services.AddOptions<AccountOptions>().BindConfiguration(AccountOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddIdentityCore<AppUser>(identity =>
            {
                identity.Password.RequiredLength = 10;
                identity.Lockout.MaxFailedAccessAttempts = options.MaxFailedSignIns;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(options.LockoutMinutes);
                identity.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<DxDbContext>()
            .AddSignInManager<AccountSignInManager>()
            .AddErrorDescriber<IdentityTexts>()
            .AddClaimsPrincipalFactory<DxClaimsFactory>();
        builder.Services.AddAuthentication(Selector)
            .AddPolicyScheme(Selector, "API token or cookie", policy => policy.ForwardDefaultSelector = SchemeFor)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddCookie(IdentityConstants.ApplicationScheme, cookie =>
            {
                cookie.LoginPath = "/account/login";
                cookie.AccessDeniedPath = "/account/denied";
                cookie.Cookie.Name = CookieName;
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                // A download link read with an expired cookie answers 401 like the rest of the API, not a sign-in page.
                cookie.Events.OnRedirectToLogin = context => ApiAnswer(context, StatusCodes.Status401Unauthorized);
                cookie.Events.OnRedirectToAccessDenied = context => ApiAnswer(context, StatusCodes.Status403Forbidden);
                cookie.Events.OnValidatePrincipal = CurrentUserCookie.ValidateAsync;
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Staff, policy => policy.RequireAuthenticatedUser()
                .RequireRole(nameof(Role.Leader), nameof(Role.UnitOfficer), nameof(Role.NationalAnalyst), nameof(Role.NationalAdministrator)))
            .AddPolicy(WriteData, policy => policy.RequireAuthenticatedUser()
                .RequireRole(nameof(Role.UnitOfficer), nameof(Role.NationalAnalyst), nameof(Role.NationalAdministrator)))
            .AddPolicy(Users.UsersApi.Administer, policy => policy.RequireAuthenticatedUser().RequireRole(nameof(Role.NationalAdministrator)))
            .AddPolicy(Reporting.ReportingApi.Review, policy => policy.RequireAuthenticatedUser()
                .RequireRole(nameof(Role.NationalAnalyst), nameof(Role.NationalAdministrator)));
        builder.Services.AddSingleton<AuthorizationMiddlewareResultHandler>();
        builder.Services.AddSingleton<IAuthorizationMiddlewareResultHandler, RefusalDetails>();
        builder.Services.AddScoped<Users.AccountAudit>();
        builder.Services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section);
        builder.AddRequestLimits(options);
    }

    /// <summary>
    /// Pages use the sign-in cookie. The API takes bearer tokens, so a cookie can never write through it (no
    /// cross-site request forgery); a signed-in browser may only read through it (GET, HEAD), for download links.
    /// </summary>
    private static string SchemeFor(HttpContext http)
    {
        if (!http.Request.Path.StartsWithSegments("/api"))
        {
            return IdentityConstants.ApplicationScheme;
        }
        var cookieRead = (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
            && !http.Request.Headers.ContainsKey("Authorization") && http.Request.Cookies.ContainsKey(CookieName);
        return cookieRead ? IdentityConstants.ApplicationScheme : ApiTokenAuthenticationHandler.SchemeName;
    }

    private static Task ApiAnswer(Microsoft.AspNetCore.Authentication.RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }
        return Task.CompletedTask;
    }
}
