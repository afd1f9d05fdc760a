using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using DxMonitor.Web.Tests.Reporting;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Pages;

public sealed class RoundReviewPageTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task The_analyst_sees_each_reports_large_changes_and_accepts_the_selected_reports_at_once()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "chuyen.vien.cuc"));
        await BulkReviewTests.SubmittedRoundAsync(app, analyst, "R-REVIEW");
        var errors = new List<string>();

        var page = await browser.SignInAsync(new Uri(app.Address, "/account/login?returnUrl=%2Freporting%2FR-REVIEW%2FP01"), "admin", TestApp.AdminPassword, errors);
        var line = await page.Locator("tbody tr").First.InnerTextAsync();
        await page.GotoAsync(new Uri(app.Address, "/reporting/R-REVIEW").ToString(), Navigation.Goto);
        var hanoi = await page.Locator("tr", new() { Has = page.Locator("a[href='/reporting/R-REVIEW/P01']") }).InnerTextAsync();
        var axe = await page.RunAxeAsync();
        await page.GetByLabel("Chọn báo cáo của Thành phố Hà Nội").CheckAsync();
        await page.GetByLabel("Chọn báo cáo của Tỉnh Quảng Ninh").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Chấp nhận các báo cáo đã chọn" }).ClickAsync();
        var summary = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        var states = await page.Locator("tbody .badge").AllInnerTextsAsync();

        Assert.Contains("+400 %", line, StringComparison.Ordinal);
        Assert.Contains("biến động lớn", line, StringComparison.Ordinal);
        Assert.EndsWith("1", hanoi.TrimEnd(), StringComparison.Ordinal);
        Assert.Empty(axe.Violations.Select(v => v.Id));
        Assert.Contains("Đã chấp nhận 2 báo cáo.", summary, StringComparison.Ordinal);
        Assert.Equal(2, states.Count(s => s == "Đã chấp nhận"));
        Assert.Empty(errors);
    }
}
