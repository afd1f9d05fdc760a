using DxMonitor.Data.Access;
using DxMonitor.Domain.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Accounts;

public static class FirstAdminUser
{
    /// <summary>
    /// On first run (no user yet) creates the national administrator with the password from
    /// <c>Admin:Password</c>, or a generated one printed once to the console, which is one-time: the first sign-in
    /// asks for a new one. A configured password is the operator's own choice and is kept. No password is in the code.
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
        var password = configured ? options.Password! : OneTimePasswords.New(); // checked just above
        var admin = new AppUser
        {
            UserName = options.UserName,
            FullName = "Quản trị hệ thống",
            Role = Role.NationalAdministrator,
            MustChangePassword = !configured,
        };
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
}
