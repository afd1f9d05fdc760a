using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Identity;

namespace DxMonitor.Web.Accounts;

/// <summary>Identity's problems with a new user name or password, in the request's language (UsersText); the codes stay Identity's.</summary>
public sealed class IdentityTexts : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError));

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure));

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), userName);

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), userName);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch));

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), length);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) => Error(nameof(PasswordRequiresUniqueChars), uniqueChars);

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric));

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit));

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower));

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper));

    private static IdentityError Error(string code, params object?[] arguments) =>
        new() { Code = code, Description = UsersText.Texts.Format("Identity" + code, arguments) };
}
