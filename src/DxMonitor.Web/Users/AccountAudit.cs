using System.Security.Claims;
using DxMonitor.Data;
using DxMonitor.Domain.Access;

namespace DxMonitor.Web.Users;

/// <summary>Writes an <see cref="AccountChange"/> for every change to a user or token, and for every sign-in attempt.</summary>
public sealed class AccountAudit(DxDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    /// <summary>Who is named for what nobody signed in did: a failed sign-in.</summary>
    public const string Anonymous = "anonymous";

    public Task RecordAsync(string subject, string action, string? oldValue, string? newValue, ClaimsPrincipal by, CancellationToken ct) =>
        RecordAsync(subject, action, oldValue, newValue, by.Identity?.Name ?? "system", ct);

    public async Task RecordAsync(string subject, string action, string? oldValue, string? newValue, string changedBy, CancellationToken ct)
    {
        db.AccountChanges.Add(new AccountChange
        {
            Subject = subject,
            Action = action,
            OldValue = oldValue,
            NewValue = newValue,
            ChangedBy = changedBy,
            ChangedAt = clock.GetUtcNow().UtcDateTime,
            ClientAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync(ct);
    }
}
