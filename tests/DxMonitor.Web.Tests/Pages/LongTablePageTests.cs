using System.Net.Http.Json;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Pages;

/// <summary>Long tables are paged on the server, and the report form fits a phone's screen.</summary>
public sealed class LongTablePageTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task The_audit_trail_pages_through_every_change_and_keeps_its_filter_on_the_next_page()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "chuyen.vien.cuc"));
        var periods = Enumerable.Range(0, 18).Select(q => $"{2020 + (q / 4)}Q{(q % 4) + 1}").ToList();
        // Hà Nội's and Quảng Ninh's 18 quarters written three times: 54 audited changes of Quảng Ninh among 108.
        foreach (var (unit, value) in new[] { "P01", "P22" }.SelectMany(u => new[] { 1000m, 1100m, 1200m }.Select(v => (u, v))))
        {
            await Problems.AssertOkAsync(await analyst.PostAsJsonAsync("/api/v1/values/batch", new
            {
                values = periods.Select(p => new { indicator = "PRV.MOBILE_SUBSCRIBERS", unit, period = p, value }).ToArray(),
            }));
        }
        var errors = new List<string>();

        var page = await browser.SignInAsync(new Uri(app.Address, "/account/login?returnUrl=%2Faudit%3Funit%3DP22"), "admin", TestApp.AdminPassword, errors);
        var first = await page.Locator("nav.pager").InnerTextAsync();
        var firstRows = await page.Locator("tbody tr").CountAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "2", Exact = true }).ClickAsync();
        await page.Locator("nav.pager [aria-current='page']", new() { HasText = "2" }).WaitForAsync();
        var second = await page.Locator("nav.pager").InnerTextAsync();
        var secondUnits = await page.Locator("tbody tr td:nth-child(3)").AllInnerTextsAsync();

        Assert.Equal(50, firstRows);
        Assert.Contains("Dòng 1–50 trên 54", first, StringComparison.Ordinal);
        Assert.Contains("Sau ›", first, StringComparison.Ordinal);
        Assert.Contains("Dòng 51–54 trên 54", second, StringComparison.Ordinal);
        Assert.NotEmpty(secondUnits);
        Assert.All(secondUnits, u => Assert.Equal("P22", u));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task On_a_phone_every_value_field_of_the_report_form_is_within_the_screen()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        await Rounds.OpenAsync(analyst, "R-PHONE", ["PRV.MOBILE_SUBSCRIBERS", "PRV.HOUSEHOLDS", "PRV.SMARTPHONE_HOUSEHOLDS_RATE"]);
        await app.CreateUserAsync("canbo.hanoi", "Mat-khau-1-dai-du", Role.UnitOfficer, "P01");
        var errors = new List<string>();

        var page = await browser.OpenAsync(new Uri(app.Address, "/account/login?returnUrl=%2Freporting%2FR-PHONE%2FP01"), errors, width: 390);
        await page.GetByLabel("Tên đăng nhập").FillAsync("canbo.hanoi");
        await page.GetByLabel("Mật khẩu").FillAsync("Mat-khau-1-dai-du");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        var fields = page.Locator("form.report input[inputmode='decimal']");
        await fields.First.WaitForAsync();
        var boxes = new List<LocatorBoundingBoxResult>();
        for (var i = 0; i < await fields.CountAsync(); i++)
        {
            boxes.Add((await fields.Nth(i).BoundingBoxAsync())!);
        }
        var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");

        Assert.Equal(3, boxes.Count);
        Assert.All(boxes, b => Assert.InRange(b.X + b.Width, 0, 390));
        Assert.InRange(scrollWidth, 0, 390);
        Assert.Empty(errors);
    }
}
