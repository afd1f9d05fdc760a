using DxMonitor.Data;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Calendar;

public sealed class CalendarPageTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task An_administrator_sees_the_years_holidays_and_enters_a_swapped_day_from_the_page()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var errors = new List<string>();

        var page = await browser.SignInAsync(new Uri(app.Address, "/account/login?returnUrl=%2Fadmin%2Fcalendar%3Fyear%3D2026"), "admin", TestApp.AdminPassword, errors);
        var table = await page.Locator("table").InnerTextAsync();
        var axe = await page.RunAxeAsync();

        await page.GetByLabel("Ngày", new() { Exact = true }).FillAsync("2026-01-02");
        await page.GetByLabel("Lý do (văn bản thông báo)").FillAsync("Nghỉ thêm dịp Tết Dương lịch theo thông báo của Bộ Nội vụ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        var notice = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        var adjusted = await page.Locator("tr", new() { HasText = "Nghỉ thêm dịp Tết Dương lịch" }).InnerTextAsync();

        await page.GetByLabel("Lý do (văn bản thông báo)").FillAsync(" ");
        await page.GetByLabel("Ngày", new() { Exact = true }).FillAsync("2026-03-07");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        var refused = await page.GetByRole(AriaRole.Alert).InnerTextAsync();

        Assert.Contains("Tết Âm lịch", table, StringComparison.Ordinal);
        Assert.Contains("Giỗ Tổ Hùng Vương", table, StringComparison.Ordinal);
        Assert.Contains("Nghỉ bù", table, StringComparison.Ordinal);
        Assert.Empty(axe.Violations.Select(v => v.Id));
        Assert.Contains("Đã lưu điều chỉnh ngày 2026-01-02.", notice, StringComparison.Ordinal);
        Assert.Contains("Nghỉ theo thông báo", adjusted, StringComparison.Ordinal);
        Assert.Contains("lý do", refused, StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(db => db.CalendarAdjustments.CountAsync()));
        Assert.Empty(errors);
    }
}
