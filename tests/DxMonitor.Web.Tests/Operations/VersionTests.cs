using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Operations;

/// <summary>Which build answers: the API says it to anyone, the footer of every page shows it.</summary>
public sealed class VersionTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static readonly string Built = typeof(Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    [Fact]
    public async Task The_version_and_commit_are_answered_to_anyone_and_shown_in_the_footer()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        using var anonymous = app.Client();

        var answer = await anonymous.GetFromJsonAsync<JsonElement>("/api/v1/version");
        var page = await anonymous.GetStringAsync("/");

        var version = answer.GetProperty("version").GetString()!;
        Assert.Matches(@"^\d+\.\d+\.\d+", version);
        Assert.StartsWith(version, Built, StringComparison.Ordinal);
        if (Built.Contains('+', StringComparison.Ordinal))
        {
            // Built in a git checkout: the SDK appended the commit.
            Assert.Equal(Built[(Built.IndexOf('+', StringComparison.Ordinal) + 1)..], answer.GetProperty("commit").GetString());
            Assert.Contains($"{version} ({answer.GetProperty("commit").GetString()![..12]})</span></footer>", page, StringComparison.Ordinal);
        }
        else
        {
            Assert.Contains($"{version}</span></footer>", page, StringComparison.Ordinal);
        }
    }
}
