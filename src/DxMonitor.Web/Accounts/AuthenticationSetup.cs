using DxMonitor.Data;
using DxMonitor.Data.Access;
using DxMonitor.Domain.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace DxMonitor.Web.Accounts;

public static class AuthenticationSetup
{
    /// <summary>Policy for writing reported data; which units an actor may write is checked per request.</summary>
    public const string WriteData = "WriteData";

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
            .AddSignInManager()
            .AddClaimsPrincipalFactory<DxClaimsFactory>();
        builder.Services.AddAuthentication(Selector)
            .AddPolicyScheme(Selector, "API token or cookie", policy => policy.ForwardDefaultSelector = http =>
                http.Request.Path.StartsWithSegments("/api") ? ApiTokenAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddCookie(IdentityConstants.ApplicationScheme, cookie =>
            {
                cookie.LoginPath = "/account/login";
                cookie.AccessDeniedPath = "/account/denied";
                cookie.Cookie.Name = "dxmonitor.auth";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.SlidingExpiration = true;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            });
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(Staff, policy => policy.RequireAuthenticatedUser()
                .RequireRole(nameof(Role.Leader), nameof(Role.UnitOfficer), nameof(Role.NationalAnalyst), nameof(Role.NationalAdministrator)))
            .AddPolicy(WriteData, policy => policy.RequireAuthenticatedUser()
                .RequireRole(nameof(Role.UnitOfficer), nameof(Role.NationalAnalyst), nameof(Role.NationalAdministrator)))
            .AddPolicy(Users.UsersApi.Administer, policy => policy.RequireAuthenticatedUser().RequireRole(nameof(Role.NationalAdministrator)))
            .AddPolicy(Reporting.ReportingApi.Review, policy => policy.RequireAuthenticatedUser()
                .RequireRole(nameof(Role.NationalAnalyst), nameof(Role.NationalAdministrator)));
        builder.Services.AddOptions<Reporting.ReportingOptions>().BindConfiguration(Reporting.ReportingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<Users.AccountAudit>();
        builder.Services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section);
        builder.AddRequestLimits(options);
    }
}
