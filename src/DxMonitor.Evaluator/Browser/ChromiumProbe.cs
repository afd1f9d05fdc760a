using System.Text.Json;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using DxMonitor.Evaluator.Network;
using Microsoft.Playwright;

namespace DxMonitor.Evaluator.Browser;

/// <summary>
/// Loads a portal in one shared headless Chromium (Debian's, no download), a fresh context per portal with a
/// phone's viewport as Lighthouse does by default, and measures it: PerformanceObserver load metrics, bytes,
/// console errors, the viewport, and axe-core's WCAG 2.1 AA rules. Never throws for what the page does. Each context
/// reaches the network only through its own <see cref="GuardedProxy"/>, so Chromium connects only where
/// <see cref="AddressRules"/> permits.
/// </summary>
public sealed class ChromiumProbe(EvaluatorOptions options, AddressRules rules) : IAsyncDisposable
{
    private static readonly string Observers = Resource("observers.js");
    private static readonly string Metrics = Resource("metrics.js");
    private readonly SemaphoreSlim _launch = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public async Task<BrowserReport> MeasureAsync(Uri url, CancellationToken ct)
    {
        IBrowser browser;
        try
        {
            browser = await BrowserAsync();
        }
        catch (PlaywrightException e)
        {
            return Failed($"headless Chromium could not start: {e.Message}");
        }
        await using var proxy = new GuardedProxy(rules, options.RequestTimeout);
        await using var context = await browser.NewContextAsync(new()
        {
            Proxy = new() { Server = proxy.Server },
            UserAgent = options.UserAgent,
            ViewportSize = new() { Width = 412, Height = 823 },
            IsMobile = true,
            HasTouch = true,
            // Accepted only so a page with a bad certificate can still be measured; TlsInspector reports it.
            IgnoreHTTPSErrors = true,
            Locale = "vi-VN",
        });
        using var cancel = ct.Register(() => _ = context.CloseAsync());
        var consoleErrors = new List<string>();
        try
        {
            var page = await context.NewPageAsync();
            page.Console += (_, message) => { if (message.Type == "error") { consoleErrors.Add(message.Text); } };
            page.PageError += (_, error) => consoleErrors.Add(error);
            await page.AddInitScriptAsync(Observers);
            var timeout = (float)options.BrowserTimeout.TotalMilliseconds;
            await page.GotoAsync(url.ToString(), new() { WaitUntil = WaitUntilState.Load, Timeout = timeout });
            // Long tasks and late layout shifts after the load event still count, as in Lighthouse's window.
            await page.WaitForTimeoutAsync(1000);
            var metrics = await page.EvaluateAsync<JsonElement>(Metrics);
            var axe = await page.RunAxe(new AxeRunOptions
            {
                RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            });
            var violations = axe.Violations.Select(v => new AxeViolation(v.Id, v.Impact ?? "unknown", v.Help, v.HelpUrl,
                v.Nodes.Select(n => n.Target?.ToString() ?? "").ToList(), v.Nodes.Select(n => n.Html ?? "").ToList())).ToList();
            return new BrowserReport(Number(metrics, "fcp"), Number(metrics, "lcp"), Number(metrics, "tbt"),
                (int)(Number(metrics, "longTasks") ?? 0), Number(metrics, "cls"), (long)(Number(metrics, "bytes") ?? 0),
                (int)(Number(metrics, "requests") ?? 0), consoleErrors,
                metrics.TryGetProperty("viewport", out var vp) && vp.ValueKind == JsonValueKind.String ? vp.GetString() : null,
                (int?)Number(metrics, "overflow"), violations, true, null, proxy.Refused);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or JsonException)
        {
            ct.ThrowIfCancellationRequested();
            return Failed(e.Message.Split('\n')[0]) with { ConsoleErrors = consoleErrors, Refused = proxy.Refused };
        }
    }

    private async Task<IBrowser> BrowserAsync()
    {
        await _launch.WaitAsync();
        try
        {
            if (_browser is { IsConnected: true })
            {
                return _browser;
            }
            _playwright ??= await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = options.ChromiumPath,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    // WebRTC's UDP would go around the context's proxy, and with it around the address rules.
                    "--force-webrtc-ip-handling-policy=disable_non_proxied_udp"],
            });
            return _browser;
        }
        finally
        {
            _launch.Release();
        }
    }

    private static double? Number(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private static BrowserReport Failed(string error) => new(null, null, null, 0, null, 0, 0, [], null, null, [], false, error);

    private static string Resource(string name)
    {
        using var stream = typeof(ChromiumProbe).Assembly.GetManifestResourceStream($"DxMonitor.Evaluator.Browser.{name}")
            ?? throw new InvalidOperationException($"embedded resource {name} is missing");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        _launch.Dispose();
    }
}
