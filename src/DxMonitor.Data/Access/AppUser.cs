using DxMonitor.Domain.Access;
using Microsoft.AspNetCore.Identity;

namespace DxMonitor.Data.Access;

/// <summary>
/// A person who signs in (người dùng): ASP.NET Core Identity's user (password hash, lockout, security stamp)
/// with the role and the unit it answers for.
/// </summary>
public sealed class AppUser : IdentityUser
{
    public string FullName { get; set; } = "";
    public Role Role { get; set; }
    public int? UnitId { get; set; }
    public bool IncludesDescendants { get; set; }

    /// <summary>When an administrator deactivated the account: a deactivated user neither signs in nor uses a token.</summary>
    public DateTime? DeactivatedAt { get; set; }

    /// <summary>The password was set by an administrator (one-time): the user chooses a new one before anything else.</summary>
    public bool MustChangePassword { get; set; }

    public bool IsActive => DeactivatedAt is null;

    /// <summary>Locked out after too many failed sign-ins (Identity's lockout), at <paramref name="now"/>.</summary>
    public bool IsLockedOutAt(DateTimeOffset now) => LockoutEnabled && LockoutEnd > now;

    /// <summary>Whether the account may be used at all, by cookie or token: active and not locked out.</summary>
    public bool MayActAt(DateTimeOffset now) => IsActive && !IsLockedOutAt(now);

    public Actor ToActor() => new(UserName ?? Id, Role, UnitId, IncludesDescendants);
}
