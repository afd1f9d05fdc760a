using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Dashboards;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Hosting;

/// <summary>
/// The pages and their charts under the Content-Security-Policy in real Chromium: the policy arrives with each page,
/// charts and the map still draw (tooltips too), forms still post, and nothing is refused (Browser reports every
/// violation, console or event, as an error).
/// </summary>
public sealed class ContentSecurityPolicyPageTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    private const string Password = "Mật-Khẩu-Thử-2026";

    private async Task<TestApp> AppAsync()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await DashboardData.SeedAsync(app);
        return app;
    }

    /// <summary>Opens a page in the tab and checks that the policy came with it.</summary>
    private static async Task VisitAsync(IPage page, TestApp app, string path)
    {
        var response = await page.GotoAsync(new Uri(app.Address, path).ToString(), Navigation.Goto);
        Assert.NotNull(response);
        Assert.True(response.Ok, $"{path} answered {response.Status}");
        Assert.Contains("script-src 'self';", await response.HeaderValueAsync("content-security-policy") ?? "", StringComparison.Ordinal);
    }

    private static async Task AssertChartsDrawnAsync(IPage page)
    {
        var charts = await page.Locator(".chart").CountAsync();
        Assert.True(charts > 0, $"{page.Url} has a chart");
        Assert.Equal(charts, await DashboardPagesTests.ChartsDrawnAsync(page));
        Assert.Equal(charts, await page.Locator(".chart svg").CountAsync());
    }

    [Fact]
    public async Task Public_pages_and_their_charts_work_under_the_policy_without_a_violation()
    {
        var app = await AppAsync();
        var errors = new List<string>();
        var page = await browser.OpenAsync(new Uri(app.Address, "/account/login"), errors);

        await VisitAsync(page, app, "/");
        Assert.Equal("34", await page.Locator(".card .big").First.InnerTextAsync());
        await VisitAsync(page, app, "/units/P01");
        await AssertChartsDrawnAsync(page);
        await VisitAsync(page, app, "/rankings");
        Assert.True(await page.Locator("table tbody tr").CountAsync() > 0, "the ranking lists provinces");
        await VisitAsync(page, app, $"/rankings/indicators?indicator={DashboardData.Indicator}&year=2024");
        Assert.Equal(63, await page.Locator("table tbody tr").CountAsync());
        await VisitAsync(page, app, $"/map?indicator={DashboardData.Indicator}&period=2024Q4");
        await AssertChartsDrawnAsync(page);
        Assert.True(await page.Locator("#map svg path").CountAsync() >= 63, "every province is drawn");
        var tooltip = page.Locator("#map div").Filter(new() { HasText = "Tỷ lệ hộ gia đình có điện thoại" }).Last;
        var provinces = page.Locator("#map svg path");
        for (var k = 0; k < 20 && !await tooltip.IsVisibleAsync(); k++)
        {
            await provinces.Nth(k).HoverAsync(new() { Force = true });
        }
        await tooltip.WaitForAsync();
        Assert.Matches(@"\d", await tooltip.InnerTextAsync());

        Assert.Empty(errors);
    }

    [Fact]
    public async Task Signed_in_pages_the_dashboard_and_the_report_form_work_under_the_policy_without_a_violation()
    {
        var app = await AppAsync();
        await app.CreateUserAsync("so.csp.hanoi", Password, Role.UnitOfficer, "P01");
        await Rounds.OpenAsync(app.Client(await app.TokenForAsync(Role.NationalAnalyst)), "R-CSP", ["PRV.MOBILE_SUBSCRIBERS"]);
        var errors = new List<string>();

        var page = await browser.SignInAsync(app.Address, "so.csp.hanoi", Password, errors);
        await page.Locator("header .user").WaitForAsync();
        await VisitAsync(page, app, "/dashboard");
        await AssertChartsDrawnAsync(page);
        await page.Locator(".chart svg").First.HoverAsync();
        await page.Locator(".chart .tip-marker").First.WaitForAsync(); // the trend's tooltip, marked without a style attribute
        await Browser.ScreenshotAsync(page, "trend-tooltip-vi");
        await VisitAsync(page, app, "/reporting/R-CSP/P01");
        await page.Locator("#value-0").FillAsync("1500");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã lưu" }).WaitForAsync();

        Assert.Equal("1.500", await page.Locator("#value-0").InputValueAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_browser_refuses_a_script_or_style_injected_into_a_page()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var errors = new List<string>();
        var page = await browser.OpenAsync(app.Address, errors);

        var refused = await page.EvaluateAsync<string[]>("""
            async () => {
                const refusal = () => new Promise(resolve =>
                    document.addEventListener('securitypolicyviolation', e => resolve(e.effectiveDirective), { once: true }));
                const script = document.createElement('script');
                script.textContent = 'window.dxInjected = true';
                const scriptRefused = refusal();
                document.body.append(script);
                const scriptDirective = await scriptRefused;
                const style = document.createElement('style');
                style.textContent = 'body { display: none }';
                const styleRefused = refusal();
                document.head.append(style);
                return [scriptDirective, await styleRefused, String(window.dxInjected)];
            }
            """);

        Assert.Equal(["script-src-elem", "style-src-elem", "undefined"], refused);
        Assert.True(await page.Locator("body").IsVisibleAsync(), "the injected style was not applied");
        Assert.Contains(errors, e => e.StartsWith("CSP violation: script-src-elem", StringComparison.Ordinal));
    }
}
