using System.Security.Cryptography;

namespace DxMonitor.Web.Accounts;

/// <summary>Passwords the product makes up: the first administrator's and an administrator's reset, shown once.</summary>
public static class OneTimePasswords
{
    // 120 random bits, with an upper-case letter, a digit, a lower-case letter and a symbol always present,
    // so the password policy accepts every generated password.
    public static string New() =>
        "Dx-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y') + "-9a";
}
