using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Units;

/// <summary>An administrator drills down to a commune, merges it, is refused a bad closing date and keeps a unit group, in Chromium.</summary>
public sealed class UnitPagesTests(Browser browser) : IClassFixture<Browser>
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_administrator_drills_down_to_a_commune_merges_it_and_keeps_a_unit_group(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var errors = new List<string>();

        var page = await browser.SignInAsync(new Uri(app.Address, "/account/login?returnUrl=%2Fadmin%2Funits%2FVN"), "admin", TestApp.AdminPassword, errors);
        await page.GetByRole(AriaRole.Link, new() { Name = "Thành phố Hà Nội", Exact = true }).ClickAsync();
        var haNoi = await page.Locator("main").InnerTextAsync();
        var axe = await page.RunAxeAsync();
        await page.GetByText("126 đơn vị trực thuộc").ClickAsync(); // more than 100: the list starts folded
        await page.GetByRole(AriaRole.Link, new() { Name = "Phường Ba Đình", Exact = true }).ClickAsync();
        var baDinh = await page.Locator("main").InnerTextAsync();
        await page.GetByLabel("Các đơn vị khác cùng sáp nhập (mã)").FillAsync("C00008");
        await page.GetByLabel("Ngày có hiệu lực").FillAsync("2026-10-01");
        await page.Locator("#merge-code").FillAsync("C00004");
        await page.Locator("#merge-nameVi").FillAsync("Phường Ba Đình");
        await page.Locator("#merge-nameEn").FillAsync("Ba Dinh Ward");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sáp nhập" }).ClickAsync();
        var merged = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        var successor = await page.Locator("main").InnerTextAsync();
        await page.GotoAsync(new Uri(app.Address, "/admin/units/C00025").ToString(), Navigation.Goto);
        await page.GetByLabel("Ngày đầu tiên không còn đơn vị").FillAsync("2025-06-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Chấm dứt đơn vị" }).ClickAsync();
        var refused = await page.GetByRole(AriaRole.Alert).InnerTextAsync();
        await page.GotoAsync(new Uri(app.Address, "/units/P01").ToString(), Navigation.Goto);
        await page.GetByText("125 đơn vị trực thuộc").ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Phường Giảng Võ", Exact = true }).ClickAsync();
        var communeDashboard = await page.Locator("main").InnerTextAsync();
        await page.GotoAsync(new Uri(app.Address, "/admin/unit-groups").ToString(), Navigation.Goto);
        await page.GetByLabel("Mã", new() { Exact = true }).FillAsync("MIEN-NUI-THU");
        await page.GetByLabel("Tên tiếng Việt").FillAsync("Nhóm thử");
        await page.GetByLabel("Tên tiếng Anh").FillAsync("Test group");
        await page.GetByLabel("Thành viên").FillAsync("P04 P99");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nhóm" }).ClickAsync();
        var badMember = await page.GetByRole(AriaRole.Alert).InnerTextAsync();
        await page.GetByLabel("Thành viên").FillAsync("P04, P11");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu nhóm" }).ClickAsync();
        var saved = await page.GetByRole(AriaRole.Status).InnerTextAsync();

        Assert.Contains("126 đơn vị trực thuộc", haNoi, StringComparison.Ordinal);
        Assert.Empty(axe.Violations.Select(v => v.Id));
        Assert.Contains("Phường Quán Thánh, Phường Trúc Bạch", baDinh, StringComparison.Ordinal);
        Assert.Contains("Đã sáp nhập", merged, StringComparison.Ordinal);
        Assert.Contains("C00008-2026", successor, StringComparison.Ordinal);
        Assert.Contains("C00004-2026", successor, StringComparison.Ordinal);
        Assert.Contains("2025", refused, StringComparison.Ordinal);
        Assert.Contains("Thành phố Hà Nội", communeDashboard, StringComparison.Ordinal); // the breadcrumb up to the province
        Assert.Contains("C00025", communeDashboard, StringComparison.Ordinal);
        Assert.Contains("P99", badMember, StringComparison.Ordinal);
        Assert.Contains("MIEN-NUI-THU", saved, StringComparison.Ordinal);
        Assert.Equal(2, await app.QueryAsync(db => db.UnitGroups.Where(g => g.Code == "MIEN-NUI-THU").SelectMany(g => g.Members).CountAsync()));
        Assert.Null(await app.QueryAsync(db => db.Units.Where(u => u.Code == "C00025").Select(u => u.ValidTo).SingleAsync()));
        Assert.Empty(errors);
    }
}
