using System.Text.Encodings.Web;
using DxMonitor.Data;
using DxMonitor.Data.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Accounts;

/// <summary>Authenticates "Authorization: Bearer dxm_…" against the hashed, revocable, expiring API tokens.</summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    DxDbContext db, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        string? header = Request.Headers.Authorization;
        if (header is null || !header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var secret = header["Bearer ".Length..].Trim();
        if (!secret.StartsWith(ApiTokenSecrets.Prefix, StringComparison.Ordinal) || secret.Length > 200)
        {
            return AuthenticateResult.Fail("The bearer token is not a DxMonitor API token.");
        }
        var hash = ApiTokenSecrets.Hash(secret);
        var token = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.SecretHash == hash, Context.RequestAborted);
        if (token is null || !token.IsActiveAt(clock.GetUtcNow().UtcDateTime))
        {
            return AuthenticateResult.Fail("The API token is unknown, revoked or expired.");
        }
        var principal = new System.Security.Claims.ClaimsPrincipal(token.ToActor().ToIdentity(SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
