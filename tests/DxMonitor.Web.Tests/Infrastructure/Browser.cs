using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Infrastructure;

/// <summary>
/// Debian's headless Chromium driven by Playwright (no browser download: test.sh installs the chromium
/// package). The flags keep Chromium off the network, which is closed here.
/// </summary>
public sealed class Browser : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Instance { get; private set; } = null!; // set in InitializeAsync, before any test runs

    public async Task InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("DXMONITOR_TEST_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Chromium not found at {executable}. Run the tests with ./test.sh, which installs it.");
        }
        _playwright = await Playwright.CreateAsync();
        Instance = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    public async Task<IPage> OpenAsync(Uri url, List<string> consoleErrors, int width = 1280)
    {
        var page = await Instance.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = 900 } });
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => consoleErrors.Add(error);
        await ReportPolicyViolationsAsync(page, consoleErrors);
        await page.GotoAsync(url.ToString());
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

    /// <summary>Opens the sign-in page and signs in through the Vietnamese form; returns the page, signed in.</summary>
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
        if (_playwright is not null)
        {
            await Instance.DisposeAsync();
            _playwright.Dispose();
        }
    }
}
