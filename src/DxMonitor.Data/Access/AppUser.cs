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

    public Actor ToActor() => new(UserName ?? Id, Role, UnitId, IncludesDescendants);
}
