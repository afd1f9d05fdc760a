using DxMonitor.Domain.Access;
using Microsoft.AspNetCore.Authentication;

namespace DxMonitor.Web.Accounts;

public static class AuthenticationSetup
{
    /// <summary>Policy for writing reported data; which units an actor may write is checked per request.</summary>
    public const string WriteData = "WriteData";

    public static void AddApiTokenAuthentication(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthentication(ApiTokenAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null);
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(WriteData, policy => policy.RequireAuthenticatedUser()
                .RequireRole(nameof(Role.UnitOfficer), nameof(Role.NationalAnalyst), nameof(Role.NationalAdministrator)));
        builder.Services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.Section);
    }
}
