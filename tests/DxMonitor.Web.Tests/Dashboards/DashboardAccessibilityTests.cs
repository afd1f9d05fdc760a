using System.Net;
using DxMonitor.Data;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Dashboards;

[RunsLong]
public sealed class DashboardAccessibilityTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    public static TheoryData<string> Pages => new()
    {
        "/dashboard",
        $"/map?indicator={DashboardData.Indicator}&period=2024Q4",
        "/map?indicator=DTI-PRV&period=2025",
        $"/rankings/indicators?indicator={DashboardData.Indicator}&year=2025",
        "/units/VN",
        "/units/P01",
        "/public",
    };

    private async Task<TestApp> AppAsync()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await DashboardData.SeedAsync(app);
        return app;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_page_loads_without_errors_and_axe_finds_nothing_serious(string path)
    {
        var app = await AppAsync();
        var errors = new List<string>();

        var page = await browser.OpenAsync(new Uri(app.Address, path), errors);
        await DashboardPagesTests.ChartsDrawnAsync(page);
        var axe = await page.RunAxeAsync();

        var serious = axe.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
        Assert.Empty(errors);
        Assert.Equal(0, await page.Locator(".chart[data-rendered=failed]").CountAsync());
    }

    [Theory]
    [InlineData("/dashboard", "dashboard-phone-vi")]
    [InlineData("/map?indicator=PRV.SMARTPHONE_HOUSEHOLDS_RATE&period=2025Q4", "map-phone-vi")]
    [InlineData("/units/P01", "unit-phone-vi")]
    public async Task On_a_phone_the_pages_fit_the_screen(string path, string screenshot)
    {
        var app = await AppAsync();
        var errors = new List<string>();

        var page = await browser.OpenAsync(new Uri(app.Address, path), errors, width: 390);
        await DashboardPagesTests.ChartsDrawnAsync(page);

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the phone");
        Assert.Empty(errors);
        await Browser.ScreenshotAsync(page, screenshot);
    }

    [Fact]
    public async Task The_language_link_switches_the_map_to_English_and_keyboard_reaches_the_data_table()
    {
        var app = await AppAsync();
        var errors = new List<string>();
        var page = await browser.OpenAsync(new Uri(app.Address, $"/map?indicator={DashboardData.Indicator}&period=2024Q4"), errors);

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();
        await DashboardPagesTests.ChartsDrawnAsync(page);

        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("Province map", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.Contains("Ha Noi City", await page.Locator("#map-table").InnerTextAsync(), StringComparison.Ordinal);
        for (var i = 0; i < 40 && await page.EvaluateAsync<string>("() => document.activeElement?.closest('#map-table') ? 'in' : ''") != "in"; i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Equal("in", await page.EvaluateAsync<string>("() => document.activeElement?.closest('#map-table') ? 'in' : ''"));
        Assert.Empty(errors);
        await Browser.ScreenshotAsync(page, "map-2024-en");
    }

    [Theory]
    [InlineData("/units/NO-SUCH-UNIT", HttpStatusCode.NotFound, "NO-SUCH-UNIT")]
    [InlineData("/units/%3Cb%3EP99%3C%2Fb%3E?culture=en-US", HttpStatusCode.NotFound, "No unit has the code '<b>P99</b>'")]
    [InlineData("/map?indicator=PRV.SMARTPHONE_HOUSEHOLDS_RATE&period=2024Q9", HttpStatusCode.OK, "2024Q9")]
    [InlineData("/map?indicator=%3Cscript%3Ealert(1)%3C/script%3E", HttpStatusCode.OK, "<script>alert(1)</script>")]
    [InlineData("/rankings/indicators?indicator=%27%3B%20DROP%20TABLE%20units%3B--&year=2024", HttpStatusCode.OK, "'; DROP TABLE units;--")]
    public async Task Wrong_codes_are_answered_with_a_message_naming_them_and_never_run(string path, HttpStatusCode status, string echoed)
    {
        var app = await AppAsync();
        var errors = new List<string>();
        var dialogs = 0;

        var page = await browser.NewPageAsync();
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        page.PageError += (_, error) => errors.Add(error);
        var response = await page.GotoAsync(new Uri(app.Address, path).ToString(), Navigation.Goto);

        Assert.Equal((int)status, response?.Status);
        Assert.Contains(echoed, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, dialogs);
        Assert.Empty(errors);
        Assert.Equal(34, (await DashboardData.ProvincesAsync(app.Client(), "2025-07-01")).Count);
    }
}
