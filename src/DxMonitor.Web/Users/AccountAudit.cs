using System.Security.Claims;
using DxMonitor.Data;
using DxMonitor.Domain.Access;

namespace DxMonitor.Web.Users;

/// <summary>Writes an <see cref="AccountChange"/> for every change to a user or token.</summary>
public sealed class AccountAudit(DxDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    public async Task RecordAsync(string subject, string action, string? oldValue, string? newValue, ClaimsPrincipal by, CancellationToken ct)
    {
        db.AccountChanges.Add(new AccountChange
        {
            Subject = subject,
            Action = action,
            OldValue = oldValue,
            NewValue = newValue,
            ChangedBy = by.Identity?.Name ?? "system",
            ChangedAt = clock.GetUtcNow().UtcDateTime,
            ClientAddress = http.HttpContext?.Connection.RemoteIpAddress?.ToString(),
        });
        await db.SaveChangesAsync(ct);
    }
}
