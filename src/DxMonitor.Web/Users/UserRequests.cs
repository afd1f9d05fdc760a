using System.ComponentModel.DataAnnotations;
using DxMonitor.Domain.Access;

namespace DxMonitor.Web.Users;

/// <summary>A new user: a unit officer or leader needs a unit; national roles need none. The password is one-time.</summary>
public sealed record NewUser(
    [property: Required, StringLength(100, MinimumLength = 3)] string UserName,
    [property: Required, StringLength(200)] string FullName,
    Role Role,
    [property: Required, StringLength(200, MinimumLength = 10)] string Password,
    [property: StringLength(40)] string? Unit = null,
    bool IncludesDescendants = false);

/// <summary>A user's new role and unit.</summary>
public sealed record RoleChange(Role Role, [property: StringLength(40)] string? Unit = null, bool IncludesDescendants = false);

/// <summary>A personal API token to issue: a label and how many days it lives.</summary>
public sealed record NewToken([property: Required, StringLength(100)] string Name, [property: Range(1, 365)] int Days = 90);

/// <summary>
/// A user as administrators see it: locked out (after failed sign-ins, for a while), deactivated (by an
/// administrator, until reactivated), and whether the password is one-time (to be changed at the next sign-in).
/// </summary>
public sealed record UserResponse(
    string UserName, string FullName, Role Role, string? Unit, bool IncludesDescendants, bool LockedOut, bool Deactivated, bool MustChangePassword);

/// <summary>A password reset by an administrator: the new one-time password, shown this once and stored only as a hash.</summary>
public sealed record OneTimePassword(string UserName, string Password);

/// <summary>A token just issued: the secret is shown this once and stored only as a hash.</summary>
public sealed record IssuedToken(int Id, string Name, string Secret, DateTime ExpiresAt);
