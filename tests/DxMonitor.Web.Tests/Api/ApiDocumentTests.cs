using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Api;

/// <summary>
/// The served document passes Redocly's recommended rules (the @redocly/cli pinned in tools/openapi, installed by
/// test.sh with npm ci) with no error and no warning, and is the one the generated client was made from.
/// </summary>
[Collection(ApiDocumentFixture.Collection)]
public sealed class ApiDocumentTests(ApiDocumentFixture api)
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

    [Fact]
    public void The_served_document_is_the_generated_clients_snapshot()
    {
        var snapshot = JsonNode.Parse(File.ReadAllText(Path.Combine(Artifacts.Root, "src", "DxMonitor.Client", "openapi", "v1.json")))!;
        var served = JsonNode.Parse(api.Document)!;
        // Only the server's address differs: the snapshot names the default one.
        snapshot.AsObject().Remove("servers");
        served.AsObject().Remove("servers");

        Assert.True(JsonNode.DeepEquals(snapshot, served),
            "The API changed but src/DxMonitor.Client was not regenerated: run scripts/generate-client.sh and commit the result.");
    }

    [Fact]
    public void Every_created_answer_declares_its_Location_and_every_operation_its_problems()
    {
        var operations = JsonDocument.Parse(api.Document).RootElement.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Name: $"{op.Name} {path.Name}", Responses: op.Value.GetProperty("responses"))))
            .ToList();

        var created = operations.Where(o => o.Responses.TryGetProperty("201", out _)).ToList();
        Assert.NotEmpty(created);
        Assert.All(created, o => Assert.True(o.Responses.GetProperty("201").GetProperty("headers").TryGetProperty("Location", out _), o.Name));
        Assert.All(operations, o => Assert.True(o.Responses.TryGetProperty("503", out _), o.Name));
    }
}
