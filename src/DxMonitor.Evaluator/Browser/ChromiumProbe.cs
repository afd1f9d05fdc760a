using System.Text.Json;
using DxMonitor.Evaluator.Grading;
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
            return BrowserReport.Failed(Phrase.Of("chromium-not-started", e.Message.Split('\n')[0]).ToString());
        }
        await using var proxy = new GuardedProxy(rules, options.RequestTimeout);
        await using var context = await browser.NewContextAsync(new()
        {
            Proxy = new() { Server = proxy.Server },
            UserAgent = options.UserAgent,
            ViewportSize = Viewport,
            IsMobile = true,
            HasTouch = true,
            // Accepted only so a page with a bad certificate can still be measured; TlsInspector reports it.
            IgnoreHTTPSErrors = true,
            Locale = "vi-VN",
        });
        using var cancel = ct.Register(() => _ = context.CloseAsync());
        var consoleErrors = new List<string>();
        var report = BrowserReport.Failed(Phrase.Of("page-not-loaded").ToString()) with { Throttling = options.Throttling.ToString() };
        var measured = false;
        try
        {
            var page = await context.NewPageAsync();
            page.Console += (_, message) => { if (message.Type == "error") { consoleErrors.Add(Phrase.Plain(WithPlace(message.Text, message.Location))); } };
            page.PageError += (_, error) => consoleErrors.Add(Phrase.Plain(error));
            await page.AddInitScriptAsync(Observers);
            var throttled = await ThrottlingProfile.ApplyAsync(context, page, options.Throttling);
            var timeout = (float)options.BrowserTimeout.TotalMilliseconds;
            await page.GotoAsync(url.ToString(), new() { WaitUntil = WaitUntilState.Load, Timeout = timeout });
            // Long tasks and late layout shifts after the load event still count, as in Lighthouse's window.
            await page.WaitForTimeoutAsync(1000);
            var metrics = await page.EvaluateAsync<JsonElement>(Metrics, Viewport.Width).WaitAsync(options.BrowserTimeout, ct);
            report = Read(metrics) with { ConsoleErrors = consoleErrors, Throttling = report.Throttling, Refused = proxy.Refused };
            measured = true;
            await ThrottlingProfile.LiftAsync(throttled);
            var html = await page.ContentAsync().WaitAsync(options.BrowserTimeout, ct);
            report = report with { RenderedHtml = Phrase.Plain(html.Length > options.MaxBodyBytes ? html[..(int)options.MaxBodyBytes] : html) };
            report = await AxeStep.RunAsync(page, report, options, ct);
            return report with { ConsoleErrors = [.. consoleErrors], Refused = proxy.Refused };
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or JsonException or OperationCanceledException)
        {
            var why = (ct.IsCancellationRequested ? Phrase.Of("time-limit") : Phrase.Of("browser-error", e.Message.Split('\n')[0])).ToString();
            // What was measured before the step that failed is kept; only what came after is missing.
            return measured
                ? report with { ConsoleErrors = [.. consoleErrors], AxeNotRun = report.AxeRan ? null : why, Refused = proxy.Refused }
                : report with { Error = why, ConsoleErrors = [.. consoleErrors], Refused = proxy.Refused };
        }
    }

    private static readonly ViewportSize Viewport = new() { Width = 412, Height = 823 };

    private static BrowserReport Read(JsonElement metrics) => new()
    {
        FirstContentfulPaint = Number(metrics, "fcp"),
        LargestContentfulPaint = Number(metrics, "lcp"),
        LargestPaintElement = Text(metrics, "lcpElement"),
        TotalBlockingTime = Number(metrics, "tbt"),
        LongTasks = (int)(Number(metrics, "longTasks") ?? 0),
        BlockingScripts = Pairs(metrics, "scripts"),
        CumulativeLayoutShift = Number(metrics, "cls"),
        ShiftedElement = Text(metrics, "shiftElement"),
        PageBytes = (long)(Number(metrics, "bytes") ?? 0),
        Requests = (int)(Number(metrics, "requests") ?? 0),
        LargestResources = Pairs(metrics, "largest"),
        Elements = (int)(Number(metrics, "elements") ?? 0),
        Viewport = Text(metrics, "viewport"),
        HorizontalOverflow = (int?)Number(metrics, "overflow"),
    };

    /// <summary>The console's text and where it happened (the failing resource's URL for a failed load), as "text (url:line)".</summary>
    private static string WithPlace(string text, string? location) =>
        string.IsNullOrEmpty(location) || location.StartsWith(':') ? text : $"{text} ({location})";

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
                    "--force-webrtc-ip-handling-policy=disable_non_proxied_udp",
                    // Each page's JavaScript heap is bounded: a page that needs more is stopped, not the machine.
                    $"--js-flags=--max-old-space-size={options.BrowserHeapMegabytes}"],
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

    private static string? Text(JsonElement json, string name) =>
        json.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? Phrase.Plain(value.GetString()) : null;

    private static List<KeyValuePair<string, double>> Pairs(JsonElement json, string name) =>
        json.TryGetProperty(name, out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Where(p => p.GetArrayLength() == 2).Select(p => KeyValuePair.Create(Phrase.Plain(p[0].GetString() ?? ""), p[1].GetDouble()))]
            : [];

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
