using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Pages;

/// <summary>The project form and the registry page show the problems of what was posted in Vietnamese, beside the field.</summary>
public sealed class ProblemTextPageTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    private const string Password = "Mật-Khẩu-Lỗi-2026";

    private async Task<(TestApp App, IPage Page, List<string> Errors)> SignInAsync(string user, string unit)
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync(user, Password, Role.UnitOfficer, unit);
        var errors = new List<string>();
        var page = await browser.SignInAsync(app.Address, user, Password, errors);
        await page.Locator("header .user").WaitForAsync();
        return (app, page, errors);
    }

    [Fact]
    public async Task The_project_form_names_a_milestone_and_a_year_given_twice_in_Vietnamese()
    {
        var (app, page, errors) = await SignInAsync("so.tttt.trung.lap", "P12");
        await page.GotoAsync(new Uri(app.Address, "/projects/new").ToString(), Navigation.Goto);
        await page.GetByLabel("Mã dự án").FillAsync("DA-P12-TRUNG");
        await page.GetByLabel("Tên dự án").FillAsync("Kho dữ liệu dùng chung");
        await page.GetByLabel("Tổng mức đầu tư (VND)").FillAsync("5000000000");
        await page.GetByLabel("Mốc 1", new() { Exact = true }).FillAsync("Nghiệm thu");
        await page.GetByLabel("Hạn 1", new() { Exact = true }).FillAsync("2026-06-30");
        await page.GetByLabel("Mốc 2", new() { Exact = true }).FillAsync("nghiệm thu");
        await page.GetByLabel("Hạn 2", new() { Exact = true }).FillAsync("2026-09-30");
        await page.GetByLabel("Năm 1", new() { Exact = true }).FillAsync("2026");
        await page.GetByLabel("Kế hoạch vốn (VND) 1", new() { Exact = true }).FillAsync("1000000000");
        await page.GetByLabel("Năm 2", new() { Exact = true }).FillAsync("2026");
        await page.GetByLabel("Kế hoạch vốn (VND) 2", new() { Exact = true }).FillAsync("2000000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await page.GetByRole(AriaRole.Alert).WaitForAsync();

        var shown = await page.Locator("small.error").AllInnerTextsAsync();
        await Browser.ScreenshotAsync(page, "project-form-problems-vi");

        Assert.Contains("Mốc 'nghiệm thu' được nhập hai lần.", shown);
        Assert.Contains("Kế hoạch năm 2026 được nhập hai lần.", shown);
        Assert.False(await app.QueryAsync(db => db.Projects.AnyAsync(p => p.Code == "DA-P12-TRUNG")));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_registry_page_names_an_unknown_unit_in_Vietnamese()
    {
        var (app, page, errors) = await SignInAsync("so.khcn.don.vi.la", "P08");
        await page.GotoAsync(new Uri(app.Address, "/registries/community-teams").ToString(), Navigation.Goto);
        // The list offers only the officer's units; a tampered post names one that does not exist.
        await page.EvaluateAsync("() => document.querySelector('#unit').add(new Option('P99', 'P99', true, true))");
        await page.GetByLabel("Tên tổ").FillAsync("Tổ CNSCĐ không đơn vị");
        await page.GetByLabel("Xã, phường").FillAsync("Xã Minh Quang");
        await page.GetByLabel("Số thành viên").FillAsync("12");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await page.GetByRole(AriaRole.Alert).WaitForAsync();

        var shown = await page.Locator("small.error").AllInnerTextsAsync();
        await Browser.ScreenshotAsync(page, "registry-entry-problem-vi");

        Assert.Contains("Không có đơn vị nào mang mã 'P99'.", shown);
        Assert.False(await app.QueryAsync(db => db.RegistryEntries.AnyAsync(e => e.Name == "Tổ CNSCĐ không đơn vị")));
        Assert.Empty(errors);
    }
}
