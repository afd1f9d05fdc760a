using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Alerts;

public sealed class AlertPageTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task A_provincial_officer_opens_an_alert_from_the_inbox_silences_it_with_a_reason_and_another_province_cannot_see_it()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var id = await AlertActionsTests.MissedTargetAlertAsync(app, "P38");
        await app.CreateUserAsync("canbo.thanhhoa", "Mat-khau-1-dai-du", Role.UnitOfficer, "P38");
        await app.CreateUserAsync("canbo.hanoi", "Mat-khau-2-dai-du", Role.UnitOfficer, "P01");
        var errors = new List<string>();

        var page = await browser.SignInAsync(new Uri(app.Address, "/account/login?returnUrl=%2Falerts"), "canbo.thanhhoa", "Mat-khau-1-dai-du", errors);
        await page.Locator($"a[href='/alerts/{id}']").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạm ẩn", Exact = true }).WaitForAsync();
        var axe = await page.RunAxeAsync();
        await page.GetByLabel("Thời gian").SelectOptionAsync("14");
        await page.GetByLabel("Lý do").FillAsync("Sở đang rà soát số liệu hộ có điện thoại thông minh");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạm ẩn", Exact = true }).ClickAsync();
        var notice = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        var silencedLine = await page.Locator("p.notice", new() { HasText = "Đang tạm ẩn đến" }).InnerTextAsync();
        await page.GotoAsync(new Uri(app.Address, "/alerts?unit=P38").ToString(), Navigation.Goto);
        var row = await page.Locator("tr", new() { Has = page.Locator($"a[href='/alerts/{id}']") }).InnerTextAsync();

        var other = await browser.SignInAsync(new Uri(app.Address, $"/account/login?returnUrl=%2Falerts%2F{id}"), "canbo.hanoi", "Mat-khau-2-dai-du", errors);
        var otherSees = await other.GetByRole(AriaRole.Alert).InnerTextAsync();

        Assert.Empty(axe.Violations.Select(v => v.Id));
        Assert.Contains("Đã tạm ẩn cảnh báo.", notice, StringComparison.Ordinal);
        Assert.Contains("rà soát số liệu hộ có điện thoại thông minh", silencedLine, StringComparison.Ordinal);
        Assert.Contains("Tạm ẩn đến", row, StringComparison.Ordinal);
        Assert.Contains("Không tìm thấy cảnh báo", otherSees, StringComparison.Ordinal);
        var until = await app.QueryAsync(db => db.Alerts.Where(a => a.Id == id).Select(a => a.SilencedUntil).SingleAsync());
        Assert.InRange(until!.Value - TimeProvider.System.GetUtcNow().UtcDateTime, TimeSpan.FromDays(13.9), TimeSpan.FromDays(14.1));
        Assert.Empty(errors);
    }
}
