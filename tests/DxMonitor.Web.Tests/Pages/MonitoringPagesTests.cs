using System.Net.Http.Json;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Pages;

public sealed class MonitoringPagesTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    private async Task<TestApp> AppWithReportsAsync()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var response = await analyst.PostAsJsonAsync("/api/v1/values/batch", new
        {
            values = new[]
            {
                new { indicator = "PRV.SMARTPHONE_HOUSEHOLDS_RATE", unit = "P01", period = "2024Q4", value = 91m },
                new { indicator = "PRV.SMARTPHONE_HOUSEHOLDS_RATE", unit = "P46", period = "2024Q4", value = 62m },
                new { indicator = "PRV.FIBRE_HOUSEHOLDS_RATE", unit = "P46", period = "2021Q4", value = 50m },
                new { indicator = "PRV.FIBRE_HOUSEHOLDS_RATE", unit = "P46", period = "2022Q4", value = 58m },
            },
        });
        response.EnsureSuccessStatusCode();
        await Eventually.MatchAsync(() => analyst.GetAsync("/api/v1/rankings/DTI-PRV/2024"), r => r.IsSuccessStatusCode, "the 2024 ranking");
        await Problems.AssertOkAsync(await analyst.PostAsync("/api/v1/rankings/DTI-PRV/2024/publish", null));
        return app;
    }

    [Fact]
    public async Task The_rankings_page_lists_the_provinces_and_links_to_each_scores_explanation()
    {
        var app = await AppWithReportsAsync();
        var errors = new List<string>();

        var page = await browser.OpenAsync(new Uri(app.Address, "/rankings?index=DTI-PRV&year=2024"), errors);
        var rows = page.Locator("table tbody tr");

        Assert.Equal(63, await rows.CountAsync());
        Assert.Contains("Thành phố Hà Nội", await rows.First.InnerTextAsync(), StringComparison.Ordinal);
        await Browser.ScreenshotAsync(page, "rankings-vi");
        await page.GetByRole(AriaRole.Link, new() { Name = "Thành phố Hà Nội" }).ClickAsync();
        Assert.Contains("PRV.SMARTPHONE_HOUSEHOLDS_RATE", await page.Locator("table").Nth(1).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
        await Browser.ScreenshotAsync(page, "score-explanation-vi");
    }

    [Fact]
    public async Task The_alerts_page_shows_a_provinces_missed_target_in_Vietnamese()
    {
        var app = await AppWithReportsAsync();
        await app.CreateUserAsync("lanh.dao.hue", "Lanh-Dao-2026!", Role.Leader, "P46");
        var errors = new List<string>();

        var page = await browser.OpenAsync(new Uri(app.Address, "/alerts?unit=P46"), errors);
        Assert.Contains("/account/login", page.Url, StringComparison.Ordinal); // alerts are for staff, not the public
        page = await browser.SignInAsync(new Uri(app.Address, "/account/login?returnUrl=%2Falerts%3Funit%3DP46"), "lanh.dao.hue", "Lanh-Dao-2026!", errors);
        await Eventually.MatchAsync(async () =>
        {
            await page.ReloadAsync(Navigation.Reload);
            return await page.Locator("main").InnerTextAsync();
        }, text => text.Contains("không đạt mục tiêu PRV.FIBRE_HOUSEHOLDS_RATE", StringComparison.Ordinal), "the missed-target alert on the page");

        Assert.Contains("Nghiêm trọng", await page.Locator("table").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
        await Browser.ScreenshotAsync(page, "alerts-vi");
    }

    [Fact]
    public async Task The_progress_page_shows_each_target_with_its_status_in_English_too()
    {
        var app = await AppWithReportsAsync();
        var errors = new List<string>();

        var page = await browser.OpenAsync(new Uri(app.Address, "/progress?unit=P46&culture=en-US"), errors);

        Assert.Contains("Progress against targets of", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), StringComparison.Ordinal);
        var english = await page.Locator("table").InnerTextAsync();
        await Browser.ScreenshotAsync(page, "progress-en");
        await page.GotoAsync(new Uri(app.Address, "/progress?unit=P46&culture=vi-VN").ToString(), Navigation.Goto);
        var vietnamese = await page.Locator("table").InnerTextAsync();

        Assert.Contains("Missed", english, StringComparison.Ordinal);
        Assert.Contains("The deadline 2025-12-31 passed at", english, StringComparison.Ordinal);
        Assert.Contains("Đã quá thời hạn 31/12/2025 mà mới đạt", vietnamese, StringComparison.Ordinal);
        Assert.DoesNotContain("The deadline", vietnamese, StringComparison.Ordinal);
        Assert.Empty(errors);
    }
}
