using System.Diagnostics;
using System.Text.Json;

namespace DxMonitor.PortalBench;

/// <summary>What Lighthouse said about one page: its metrics, the audits we compare, and the axe rules it failed.</summary>
public sealed record LighthouseReport(
    double? Fcp, double? Lcp, double? Tbt, double? Cls, double? Bytes, double? Performance, double? Accessibility,
    bool? OnHttps, bool? Viewport, bool? ConsoleClean, IReadOnlyList<string> FailedAccessibilityAudits);

/// <summary>
/// Runs Lighthouse from bench/lighthouse/node_modules (installed by bench/portals.sh with npm) on Debian's Chromium
/// (CHROME_PATH), headless, mobile emulation, "devtools" throttling (its mobileSlow4G profile applied by Chromium), the
/// profile the evaluator applies, so both tools measure the same page under the same conditions.
/// </summary>
public sealed class LighthouseRunner(string folder)
{
    public string Cli => Path.Combine(folder, "node_modules", "lighthouse", "cli", "index.js");

    public string? Unavailable() =>
        File.Exists(Cli) ? null : $"Lighthouse is not installed at {Cli} (bench/portals.sh runs `npm install` in bench/lighthouse).";

    public async Task<(TimeSpan Elapsed, LighthouseReport? Report, string? Error)> RunAsync(Uri url, CancellationToken ct)
    {
        var output = Path.Combine(Path.GetTempPath(), $"dxmonitor-lh-{Guid.NewGuid():N}.json");
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            Environment = { ["CHROME_PATH"] = Environment.GetEnvironmentVariable("CHROME_PATH") ?? "/usr/bin/chromium" },
        };
        foreach (var arg in new[] { Cli, url.ToString(), "--output=json", $"--output-path={output}", "--quiet", "--throttling-method=devtools",
                     "--only-categories=performance,accessibility,best-practices",
                     "--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run" })
        {
            start.ArgumentList.Add(arg);
        }
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(3));
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        _ = process.StandardOutput.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (watch.Elapsed, null, "Lighthouse did not finish within 3 minutes");
        }
        var elapsed = watch.Elapsed;
        if (process.ExitCode != 0 || !File.Exists(output))
        {
            var message = (await errors).Trim();
            return (elapsed, null, $"Lighthouse exited with {process.ExitCode}: {(message.Length > 400 ? message[..400] : message)}");
        }
        try
        {
            using var json = JsonDocument.Parse(await File.ReadAllTextAsync(output, ct));
            return (elapsed, Parse(json.RootElement), null);
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static LighthouseReport Parse(JsonElement root)
    {
        var audits = root.GetProperty("audits");
        double? Numeric(string id) => audits.TryGetProperty(id, out var a) && a.TryGetProperty("numericValue", out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;
        bool? Passed(string id) => audits.TryGetProperty(id, out var a) && a.TryGetProperty("score", out var s) && s.ValueKind == JsonValueKind.Number ? s.GetDouble() >= 0.9 : null;
        double? Category(string id) => root.GetProperty("categories").TryGetProperty(id, out var c) && c.GetProperty("score").ValueKind == JsonValueKind.Number
            ? Math.Round(c.GetProperty("score").GetDouble() * 100) : null;
        var failed = root.GetProperty("categories").GetProperty("accessibility").GetProperty("auditRefs").EnumerateArray()
            .Select(r => r.GetProperty("id").GetString() ?? "")
            .Where(id => audits.TryGetProperty(id, out var a) && a.GetProperty("score").ValueKind == JsonValueKind.Number && a.GetProperty("score").GetDouble() == 0)
            .Order(StringComparer.Ordinal).ToList();
        return new LighthouseReport(Numeric("first-contentful-paint"), Numeric("largest-contentful-paint"), Numeric("total-blocking-time"),
            Numeric("cumulative-layout-shift"), Numeric("total-byte-weight"), Category("performance"), Category("accessibility"),
            Passed("is-on-https"), Passed("viewport"), Passed("errors-in-console"), failed);
    }
}
