using System.Diagnostics;
using System.Text.Json;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Api;

/// <summary>
/// The served document passes Redocly's recommended rules (the @redocly/cli pinned in tools/openapi, installed by
/// test.sh with npm ci) with no error and no warning; a failure lists every finding.
/// </summary>
public sealed class OpenApiLintTests(ApiDocumentFixture api) : IClassFixture<ApiDocumentFixture>
{
    private static readonly string Tools = Path.Combine(Artifacts.Root, "tools", "openapi");

    [Fact]
    public async Task The_served_document_lints_clean_under_Redocly_recommended_rules()
    {
        Assert.True(File.Exists(Path.Combine(Tools, "node_modules", ".bin", "redocly")), "redocly is missing: run ./test.sh, or npm ci --prefix tools/openapi");
        var file = Path.Combine(Path.GetTempPath(), $"dxmonitor-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, api.Document);
        try
        {
            await LintAsync(file);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static async Task LintAsync(string file)
    {
        var redocly = Path.Combine(Tools, "node_modules", ".bin", "redocly");

        var start = new ProcessStartInfo(redocly, ["lint", file, "--config", Path.Combine(Tools, "redocly.yaml"), "--format=json"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["REDOCLY_TELEMETRY"] = "off", ["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true" },
        };
        using var process = Process.Start(start)!; // Start returns null only for shell-executed documents.
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        var report = JsonDocument.Parse(await output).RootElement;
        var findings = report.GetProperty("problems").EnumerateArray()
            .Select(p => $"{p.GetProperty("severity").GetString()} {p.GetProperty("ruleId").GetString()}: {p.GetProperty("message").GetString()} at " +
                         string.Join(", ", p.GetProperty("location").EnumerateArray().Select(l => l.GetProperty("pointer").GetString())))
            .ToList();
        Assert.True(findings.Count == 0 && process.ExitCode == 0,
            $"redocly lint exited {process.ExitCode} with {findings.Count} findings:\n{string.Join('\n', findings)}\n{await errors}");
    }
}
