using System.Security.Claims;
using DxMonitor.Data;
using DxMonitor.Data.Access;
using DxMonitor.Domain;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Accounts;
using DxMonitor.Web.Api;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Users;

/// <summary>User and token administration for national administrators; every change is audited.</summary>
public static class UsersApi
{
    public const string Administer = "Administer";

    public static void MapUsers(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/users").WithTags("Users").RequireAuthorization(Administer);
        group.MapGet("/", List).WithSummary("Every user with role, unit, lockout, activation and whether the password is one-time.");
        group.MapPost("/", Create).WithSummary("Creates a user with a role and, for a unit officer or leader, a unit; the password is one-time.");
        group.MapPut("/{userName}/role", ChangeRole).WithSummary("Changes a user's role and unit.");
        group.MapPost("/{userName}/tokens", IssueToken).WithSummary("Issues a personal API token; its secret is shown once.");
        group.MapAccountLifecycle();
        api.MapPost("/tokens/{id:int}/revoke", Revoke).WithTags("Users").RequireAuthorization(Administer).WithSummary("Revokes an API token.");
    }

    internal static async Task<Ok<List<UserResponse>>> List(UserManager<AppUser> users, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var codes = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code, ct);
        var now = clock.GetUtcNow();
        var all = await users.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(ct);
        return TypedResults.Ok(all.Select(u => new UserResponse(u.UserName ?? "", u.FullName, u.Role,
            u.UnitId is { } id ? codes.GetValueOrDefault(id) : null, u.IncludesDescendants, u.IsLockedOutAt(now), !u.IsActive, u.MustChangePassword)).ToList());
    }

    internal static async Task<Results<Created<UserResponse>, ProblemHttpResult>> Create(
        NewUser body, ClaimsPrincipal admin, UserManager<AppUser> users, DxDbContext db, AccountAudit audit, CancellationToken ct)
    {
        var unitId = await UnitFor(body.Role, body.Unit, db, ct);
        var user = new AppUser
        {
            UserName = body.UserName.Trim(),
            FullName = body.FullName,
            Role = body.Role,
            UnitId = unitId,
            IncludesDescendants = body.IncludesDescendants,
            MustChangePassword = true,
        };
        var result = await users.CreateAsync(user, body.Password);
        if (!result.Succeeded)
        {
            var field = result.Errors.Any(e => e.Code.Contains("UserName", StringComparison.Ordinal)) ? "userName" : "password";
            throw new RuleViolationException(string.Join(" ", result.Errors.Select(e => e.Description)), field);
        }
        await audit.RecordAsync(user.UserName, "Created", null, Describe(user, body.Unit), admin, ct);
        return TypedResults.Created($"/api/v1/users/{Uri.EscapeDataString(user.UserName)}",
            new UserResponse(user.UserName, user.FullName, user.Role, body.Unit, user.IncludesDescendants, false, false, true));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> ChangeRole(
        string userName, RoleChange body, ClaimsPrincipal admin, UserManager<AppUser> users, DxDbContext db, AccountAudit audit, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            return NotFound(userName);
        }
        var unitId = await UnitFor(body.Role, body.Unit, db, ct);
        var codes = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code, ct);
        var before = Describe(user, user.UnitId is { } old ? codes.GetValueOrDefault(old) : null);
        (user.Role, user.UnitId, user.IncludesDescendants) = (body.Role, unitId, body.IncludesDescendants);
        // One update with a new security stamp: the user's sessions end now; their tokens take the new rights.
        await users.UpdateSecurityStampAsync(user);
        await audit.RecordAsync(userName, "RoleChanged", before, Describe(user, body.Unit), admin, ct);
        return TypedResults.NoContent();
    }

    internal static async Task<Results<Created<IssuedToken>, ProblemHttpResult>> IssueToken(
        string userName, NewToken body, ClaimsPrincipal admin, UserManager<AppUser> users, DxDbContext db, AccountAudit audit, TimeProvider clock, CancellationToken ct)
    {
        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            return NotFound(userName);
        }
        var secret = ApiTokenSecrets.NewSecret();
        var now = clock.GetUtcNow().UtcDateTime;
        var token = new ApiToken
        {
            Name = body.Name,
            UserName = user.UserName ?? userName,
            // The rights at issue, kept for the record: the token acts with its user's rights as they are at each request.
            Role = user.Role,
            UnitId = user.UnitId,
            IncludesDescendants = user.IncludesDescendants,
            SecretHash = ApiTokenSecrets.Hash(secret),
            CreatedAt = now,
            ExpiresAt = now.AddDays(body.Days),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(userName, "TokenIssued", null, $"token {token.Id} '{body.Name}' until {token.ExpiresAt:yyyy-MM-dd}", admin, ct);
        return TypedResults.Created($"/api/v1/tokens/{token.Id}", new IssuedToken(token.Id, token.Name, secret, token.ExpiresAt));
    }

    internal static async Task<Results<NoContent, ProblemHttpResult>> Revoke(
        int id, ClaimsPrincipal admin, DxDbContext db, AccountAudit audit, TimeProvider clock, CancellationToken ct)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (token is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: ApiText.Texts.Format("UnknownTokenTitle"), detail: ApiText.Texts.Format("TokenNotFound", id));
        }
        token.RevokedAt ??= clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
        await audit.RecordAsync(token.UserName, "TokenRevoked", $"token {id}", null, admin, ct);
        return TypedResults.NoContent();
    }

    private static async Task<int?> UnitFor(Role role, string? unit, DxDbContext db, CancellationToken ct)
    {
        if (role is Role.UnitOfficer or Role.Leader && unit is null)
        {
            throw new RuleViolationException(ApiText.Texts.Format("RoleNeedsUnit", UsersText.Texts.Format($"Role_{role}")), "unit");
        }
        if (unit is null)
        {
            return null;
        }
        return await db.Units.Where(u => u.Code == unit).Select(u => (int?)u.Id).SingleOrDefaultAsync(ct)
            ?? throw new RuleViolationException(ApiText.Texts.Format("UnitNotFound", unit), "unit");
    }

    private static string Describe(AppUser user, string? unit) =>
        $"{user.Role}{(unit is null ? "" : $" of {unit}")}{(user.IncludesDescendants ? " and below" : "")}";

    internal static ProblemHttpResult NotFound(string userName) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: ApiText.Texts.Format("UnknownUserTitle"), detail: ApiText.Texts.Format("UserNotFound", userName));
}
