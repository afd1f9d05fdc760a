using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Alerts;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Home;

public sealed class MyUnitHomeTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task A_provincial_officer_lands_on_their_province_its_open_alerts_and_the_reports_it_must_send_and_an_analyst_does_not()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "phantich"));
        await Rounds.OpenAsync(analyst, "R-2025Q3", ["PRV.SMARTPHONE_HOUSEHOLDS_RATE"]);
        await AlertActionsTests.MissedTargetAlertAsync(app, "P38");
        await app.CreateUserAsync("canbo.thanhhoa", "Mat-khau-1-dai-du", Role.UnitOfficer, "P38");
        var errors = new List<string>();

        var page = await browser.SignInAsync(new Uri(app.Address, "/account/login"), "canbo.thanhhoa", "Mat-khau-1-dai-du", errors);
        var panel = page.Locator("section.my-unit");
        var text = await panel.InnerTextAsync();
        var reportLink = await panel.GetByRole(AriaRole.Link, new() { Name = "Báo cáo quý III/2025" }).GetAttributeAsync("href");
        var unitLink = await panel.GetByRole(AriaRole.Link, new() { Name = "Trang tổng quan của Tỉnh Thanh Hóa" }).GetAttributeAsync("href");

        var admin = await browser.SignInAsync(new Uri(app.Address, "/account/login"), "admin", TestApp.AdminPassword, errors);
        await admin.GetByRole(AriaRole.Heading, new() { Level = 1 }).WaitForAsync();

        Assert.Contains("Đơn vị của bạn: Tỉnh Thanh Hóa", text, StringComparison.Ordinal);
        Assert.Matches(@"[1-9]\d* cảnh báo đang mở", text);
        Assert.Contains("Nháp", text, StringComparison.Ordinal);
        Assert.Equal("/reporting/R-2025Q3/P38", reportLink);
        Assert.Equal("/units/P38", unitLink);
        Assert.Equal(0, await admin.Locator("section.my-unit").CountAsync());
        Assert.Empty(errors);
    }
}
