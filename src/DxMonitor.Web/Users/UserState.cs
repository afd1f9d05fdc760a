using DxMonitor.Web.Resources;
using Microsoft.Extensions.Localization;

namespace DxMonitor.Web.Users;

/// <summary>A user's state in words: deactivated, locked out or active, and whether a one-time password waits to be changed.</summary>
public static class UserState
{
    public static string Describe(UserResponse user, IStringLocalizer<UsersText> texts) =>
        (user.Deactivated ? texts["Deactivated"] : user.LockedOut ? texts["Locked"] : texts["Active"])
        + (user.MustChangePassword ? $" · {texts["AwaitingNewPassword"]}" : "");
}
