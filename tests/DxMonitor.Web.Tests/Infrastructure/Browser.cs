using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium headless shell driven by Playwright (no browser download: test.sh installs the
/// chromium-headless-shell package, and falls back to the full browser where a release lacks it). The shell is the
/// engine Playwright itself runs headless: the same Blink as the browser without its user interface, at about a third
/// of the browser's CPU for the same pages. The flags keep Chromium off the network, which is closed here. One
/// Chromium serves the whole run (launching it and Playwright's driver for each of some forty classes cost a minute
/// of CPU); each class gets its own pages, each page its own browser context (cookies, storage), closed when the
/// class ends.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private static readonly SemaphoreSlim Launch = new(1, 1);
    private static IPlaywright? _playwright;
    private static IBrowser? _chromium;

    private const float WaitAtMost = 60_000;
    private const string HeadlessShell = "/usr/bin/chromium-headless-shell";

    private readonly ConcurrentBag<IBrowserContext> _contexts = [];

    public Task InitializeAsync() => ChromiumAsync();

    /// <summary>A new page in a browser context of its own, closed with this fixture.</summary>
    public async Task<IPage> NewPageAsync(BrowserNewPageOptions? options = null)
    {
        var page = await (await ChromiumAsync()).NewPageAsync(options);
        _contexts.Add(page.Context);
        // Waits return as soon as their condition holds; the limit is for a machine busy with the whole suite.
        page.SetDefaultTimeout(WaitAtMost);
        return page;
    }

    public async Task<IPage> OpenAsync(Uri url, List<string> consoleErrors, int width = 1280)
    {
        var page = await NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => consoleErrors.Add(error);
        await ReportPolicyViolationsAsync(page, consoleErrors);
        await page.GotoAsync(url.ToString(), Navigation.Goto);
        return page;
    }

    /// <summary>
    /// Every Content-Security-Policy violation on any page the tab opens is an error too: those Chromium writes to
    /// the console and those it only raises as a securitypolicyviolation event.
    /// </summary>
    private static async Task ReportPolicyViolationsAsync(IPage page, List<string> errors)
    {
        await page.ExposeFunctionAsync("dxReportPolicyViolation", (string violation) => errors.Add("CSP violation: " + violation));
        await page.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', e => window.dxReportPolicyViolation(
                `${e.effectiveDirective} refused ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`));
            """);
    }

    /// <summary>Signs in on the site's sign-in page (or at a given sign-in address with its return URL).</summary>
    public async Task<IPage> SignInAsync(Uri site, string user, string password, List<string> consoleErrors)
    {
        var page = await OpenAsync(site.AbsolutePath.StartsWith("/account/login", StringComparison.Ordinal) ? site : new Uri(site, "/account/login"), consoleErrors);
        await page.GetByLabel("Tên đăng nhập").FillAsync(user);
        await page.GetByLabel("Mật khẩu").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        return page;
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(Artifacts.Folder, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.CloseAsync();
        }
    }

    /// <summary>The run's Chromium, launched on first use and again if it went away.</summary>
    private static async Task<IBrowser> ChromiumAsync()
    {
        await Launch.WaitAsync();
        try
        {
            if (_chromium is { IsConnected: true })
            {
                return _chromium;
            }
            var executable = Environment.GetEnvironmentVariable("DXMONITOR_TEST_CHROMIUM") is { Length: > 0 } configured ? configured
                : File.Exists(HeadlessShell) ? HeadlessShell : "/usr/bin/chromium";
            if (!File.Exists(executable))
            {
                throw new InvalidOperationException($"Chromium not found at {executable}. Run the tests with ./test.sh, which installs it.");
            }
            // Playwright's driver ends with the test process, and its browsers with it.
            _playwright ??= await Playwright.CreateAsync();
            _chromium = await _playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = executable,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
            });
            return _chromium;
        }
        finally
        {
            Launch.Release();
        }
    }
}
