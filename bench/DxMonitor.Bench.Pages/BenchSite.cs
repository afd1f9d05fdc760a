using System.Text.RegularExpressions;
using DxMonitor.Data.Access;
using DxMonitor.Domain.Access;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace DxMonitor.Bench.Pages;

/// <summary>The product host in process over the bench database; requests go through the whole pipeline, without a socket.</summary>
public sealed partial class BenchSite(string connectionString) : WebApplicationFactory<Program>
{
    public const string Password = "Bench-Leader-2026!";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Bench");
        builder.UseContentRoot(Path.Combine(SolutionFolder(), "src", "DxMonitor.Web"));
        builder.UseSetting("Database:Provider", "Sqlite");
        builder.UseSetting("Database:ConnectionString", connectionString);
        builder.UseSetting("Admin:Password", "Bench-Admin-2026!");
        builder.UseSetting("Accounts:SignInsPerMinute", "1000");
        builder.UseSetting("Accounts:ApiRequestsPerMinute", "1000000");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    /// <summary>A client signed in as a national leader through the sign-in form (cookie kept by the client).</summary>
    public async Task<HttpClient> LeaderAsync()
    {
        await using (var scope = Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByNameAsync("bench-leader") is null)
            {
                var created = await users.CreateAsync(new AppUser { UserName = "bench-leader", Role = Role.Leader }, Password);
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException(string.Join(" ", created.Errors.Select(e => e.Description)));
                }
            }
        }
        var client = CreateClient();
        var form = await client.GetStringAsync("/account/login");
        var token = AntiforgeryToken().Match(form).Groups[1].Value;
        var response = await client.PostAsync("/account/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["UserName"] = "bench-leader",
            ["Password"] = Password,
            ["ReturnUrl"] = "/",
        }));
        var check = await client.GetStringAsync("/dashboard");
        if (!check.Contains("bench-leader", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Signing in failed ({(int)response.StatusCode}).");
        }
        return client;
    }

    private static string SolutionFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DxMonitor.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Run the bench from inside the repository (DxMonitor.slnx not found).");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
