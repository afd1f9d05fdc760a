using DxMonitor.Data.Access;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Users;
using Microsoft.AspNetCore.Identity;

namespace DxMonitor.Web.Accounts;

/// <summary>The change-password form's fields, as posted.</summary>
public sealed class PasswordChangeInput
{
    public string? CurrentPassword { get; set; }
    public string? NewPassword { get; set; }
    public string? ConfirmPassword { get; set; }
}

/// <summary>
/// A signed-in person changes their own password: the current one (a wrong one counts towards the lockout, like a
/// failed sign-in), then a new one that Identity's rules accept, typed twice and different from the current one.
/// The change ends every other session (a new security stamp) and keeps this browser signed in; a one-time password
/// stops being one.
/// </summary>
public static class ChangePassword
{
    /// <summary>Changes the password; returns the problems by field (as the form names them), none when it changed.</summary>
    public static async Task<Dictionary<string, string>> HandleAsync(
        HttpContext http, PasswordChangeInput input, SignInManager<AppUser> signIn, AccountAudit audit, CancellationToken ct)
    {
        var (current, next) = (input.CurrentPassword ?? "", input.NewPassword ?? "");
        var errors = new Dictionary<string, string>();
        if (current.Length == 0)
        {
            errors["currentPassword"] = AccountsText.Texts.Format("CurrentPasswordRequired");
        }
        if (next != (input.ConfirmPassword ?? ""))
        {
            errors["confirmPassword"] = AccountsText.Texts.Format("PasswordsDiffer");
        }
        else if (current.Length > 0 && next == current)
        {
            errors["newPassword"] = AccountsText.Texts.Format("PasswordUnchanged");
        }
        if (errors.Count > 0)
        {
            return errors;
        }
        var users = signIn.UserManager;
        var user = await users.GetUserAsync(http.User) ?? throw new InvalidOperationException("The signed-in user has no account.");
        var name = user.UserName ?? user.Id;
        var check = await signIn.CheckPasswordSignInAsync(user, current, lockoutOnFailure: true);
        if (!check.Succeeded)
        {
            await audit.RecordAsync(name, check.IsLockedOut ? "LockedOut" : "PasswordChangeFailed", null, "wrong current password", name, ct);
            return new() { ["currentPassword"] = AccountsText.Texts.Format(check.IsLockedOut ? "LockedOutNow" : "CurrentPasswordWrong") };
        }
        var changed = await users.ChangePasswordAsync(user, current, next);
        if (!changed.Succeeded)
        {
            return new() { ["newPassword"] = string.Join(" ", changed.Errors.Select(e => e.Description)) };
        }
        var wasOneTime = user.MustChangePassword;
        if (wasOneTime)
        {
            user.MustChangePassword = false;
            await users.UpdateAsync(user);
        }
        await audit.RecordAsync(name, "PasswordChanged", null, wasOneTime ? "one-time password replaced" : null, name, ct);
        await signIn.RefreshSignInAsync(user);
        return errors;
    }
}
