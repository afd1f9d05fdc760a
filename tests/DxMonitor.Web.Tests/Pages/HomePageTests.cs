using DxMonitor.Data;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Pages;

public sealed class HomePageTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    [Fact]
    public async Task The_overview_opens_in_Vietnamese_with_current_units_and_national_figures()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var errors = new List<string>();

        var page = await browser.OpenAsync(app.Address, errors);

        Assert.Equal("vi", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("chuyển đổi số", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("34", await page.Locator(".card .big").First.InnerTextAsync());
        Assert.Contains("nghị quyết, chỉ thị về chuyển đổi số", await page.Locator("table").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("63/63", await page.Locator("table").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
        await Browser.ScreenshotAsync(page, "home-vi");
    }

    [Fact]
    public async Task The_language_link_switches_to_English()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var errors = new List<string>();
        var page = await browser.OpenAsync(app.Address, errors, width: 390);

        await page.GetByRole(AriaRole.Link, new() { Name = "English" }).ClickAsync();

        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Latest national figures", await page.GetByRole(AriaRole.Heading, new() { Level = 2 }).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
        await Browser.ScreenshotAsync(page, "home-en-phone");
    }
}
