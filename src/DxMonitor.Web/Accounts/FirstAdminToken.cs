using DxMonitor.Data;
using DxMonitor.Data.Access;
using DxMonitor.Domain.Access;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Accounts;

public static class FirstAdminToken
{
    /// <summary>
    /// On first run (no token yet), installs the administrator's API token from configuration, or generates
    /// one and prints it once to the console. No secret is ever built into the code.
    /// </summary>
    public static async Task EnsureFirstAdminTokenAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
        if (await db.ApiTokens.AnyAsync())
        {
            return;
        }
        var options = scope.ServiceProvider.GetRequiredService<IOptions<AdminOptions>>().Value;
        var now = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var configured = !string.IsNullOrWhiteSpace(options.ApiToken);
        var secret = configured ? options.ApiToken!.Trim() : ApiTokenSecrets.NewSecret(); // checked just above
        if (!secret.StartsWith(ApiTokenSecrets.Prefix, StringComparison.Ordinal) || secret.Length < 32)
        {
            throw new InvalidOperationException($"Admin:ApiToken must start with '{ApiTokenSecrets.Prefix}' and be at least 32 characters long.");
        }
        db.ApiTokens.Add(new ApiToken
        {
            Name = "first-run",
            UserName = options.UserName,
            Role = Role.NationalAdministrator,
            SecretHash = ApiTokenSecrets.Hash(secret),
            CreatedAt = now,
            ExpiresAt = now.AddDays(90),
        });
        await db.SaveChangesAsync();
        if (!configured)
        {
            await Console.Out.WriteLineAsync($"DxMonitor first run: API token for '{options.UserName}' (shown once, valid 90 days): {secret}");
        }
    }
}
