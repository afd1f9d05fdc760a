using System.Security.Cryptography;
using DxMonitor.Data.Access;
using DxMonitor.Domain.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Accounts;

public static class FirstAdminUser
{
    /// <summary>
    /// On first run (no user yet) creates the national administrator with the password from
    /// <c>Admin:Password</c>, or a generated one printed once to the console. No password is in the code.
    /// </summary>
    public static async Task EnsureFirstAdminUserAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        if (users.Users.Any())
        {
            return;
        }
        var options = scope.ServiceProvider.GetRequiredService<IOptions<AdminOptions>>().Value;
        var configured = !string.IsNullOrWhiteSpace(options.Password);
        var password = configured ? options.Password! : NewPassword(); // checked just above
        var admin = new AppUser { UserName = options.UserName, FullName = "Quản trị hệ thống", Role = Role.NationalAdministrator };
        var result = await users.CreateAsync(admin, password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The first administrator could not be created: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
        if (!configured)
        {
            await Console.Out.WriteLineAsync($"DxMonitor first run: user '{options.UserName}' created with the one-time password {password} (change it).");
        }
    }

    // 120 random bits, with an upper-case letter, a digit, a lower-case letter and a symbol always present,
    // so the password policy accepts every generated password.
    private static string NewPassword() =>
        "Dx-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y') + "-9a";
}
