using System.Text.Encodings.Web;
using DxMonitor.Data;
using DxMonitor.Data.Access;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Accounts;

/// <summary>
/// Authenticates "Authorization: Bearer dxm_…" against the hashed, revocable, expiring API tokens. A token acts
/// with its user's rights as they are now, read on every request: a role or unit changed since the token was issued
/// applies to its next request, and a deactivated or locked-out user's tokens are refused. A token naming no
/// account (installed directly, never issued through the API) keeps the role and unit stored with it.
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    DxDbContext db, ILookupNormalizer normalizer, TimeProvider clock)
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
        var now = clock.GetUtcNow();
        if (token is null || !token.IsActiveAt(now.UtcDateTime))
        {
            return AuthenticateResult.Fail("The API token is unknown, revoked or expired.");
        }
        var name = normalizer.NormalizeName(token.UserName);
        var owner = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.NormalizedUserName == name, Context.RequestAborted);
        if (owner is not null && !owner.MayActAt(now))
        {
            return AuthenticateResult.Fail("The API token's user is deactivated or locked out.");
        }
        var actor = await (owner?.ToActor() ?? token.ToActor()).WithNationAsync(db, Context.RequestAborted);
        var principal = new System.Security.Claims.ClaimsPrincipal(actor.ToIdentity(SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
