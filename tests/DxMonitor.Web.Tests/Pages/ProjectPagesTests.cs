using System.Globalization;
using System.Net.Http.Json;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using DxMonitor.Web.Tests.Projects;
using DxMonitor.Web.Tests.Registries;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Pages;

public sealed class ProjectPagesTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    private const string Password = "Mật-Khẩu-Thử-2026";
    private const string Payload = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=1</script>";

    private async Task<IPage> SignInAsync(TestApp app, string user, List<string> errors)
    {
        var page = await browser.SignInAsync(app.Address, user, Password, errors);
        await page.Locator("header .user").WaitForAsync();
        return page;
    }

    [Fact]
    public async Task An_officer_registers_a_project_and_sees_its_warnings()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("so.tttt.laichau", Password, Role.UnitOfficer, "P12");
        var errors = new List<string>();

        var page = await SignInAsync(app, "so.tttt.laichau", errors);
        await page.GotoAsync(new Uri(app.Address, "/projects").ToString(), Navigation.Goto);
        await page.GetByRole(AriaRole.Link, new() { Name = "Đăng ký dự án" }).ClickAsync();
        await page.GetByLabel("Mã dự án").FillAsync("DA-P12-WEB");
        await page.GetByLabel("Tên dự án").FillAsync("Trung tâm điều hành thông minh " + Payload);
        await page.GetByLabel("Tổng mức đầu tư (VND)").FillAsync("12000000000");
        await page.GetByLabel("Bước thực hiện").SelectOptionAsync("Deployment");
        await page.GetByLabel("Mốc 1", new() { Exact = true }).FillAsync("Ký hợp đồng triển khai");
        await page.GetByLabel("Hạn 1", new() { Exact = true }).FillAsync("2020-06-30");
        await page.GetByLabel("Năm 1", new() { Exact = true }).FillAsync((ProjectBodies.ThisYear - 1).ToString(CultureInfo.InvariantCulture));
        await page.GetByLabel("Kế hoạch vốn (VND) 1", new() { Exact = true }).FillAsync("5000000000");
        await page.GetByLabel("Đã giải ngân (VND) 1", new() { Exact = true }).FillAsync("1000000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).WaitForAsync();

        var warnings = await page.GetByRole(AriaRole.List, new() { Name = "Cảnh báo" }).InnerTextAsync();
        Assert.Contains("Mốc \"Ký hợp đồng triển khai\" quá hạn", warnings, StringComparison.Ordinal);
        Assert.Contains("Giải ngân chậm", warnings, StringComparison.Ordinal);
        Assert.Equal("Trung tâm điều hành thông minh " + Payload, await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.Contains("Triển khai, kiểm thử", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await Browser.ScreenshotAsync(page, "project-warnings-vi");
        await page.GotoAsync(new Uri(app.Address, "/projects").ToString(), Navigation.Goto);
        Assert.Contains("Mốc quá hạn", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await Browser.ScreenshotAsync(page, "projects-vi");
        Assert.False(await page.EvaluateAsync<bool>("() => window.__pwned === 1"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_officer_adds_a_community_team_and_the_count_reaches_the_indicator()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("so.khcn.tuyenquang", Password, Role.UnitOfficer, "P08");
        var api = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var before = await RegistriesApiTests.ValueAsync(api, "PRV.CDT_TEAMS", "P08") ?? 0m;
        var errors = new List<string>();

        var page = await SignInAsync(app, "so.khcn.tuyenquang", errors);
        await page.GotoAsync(new Uri(app.Address, "/registries").ToString(), Navigation.Goto);
        await page.GetByRole(AriaRole.Link, new() { Name = "Tổ công nghệ số cộng đồng" }).ClickAsync();
        await page.GetByLabel("Tên tổ").FillAsync("Tổ CNSCĐ thôn Nà Héc");
        await page.GetByLabel("Xã, phường").FillAsync("Xã Minh Quang");
        await page.GetByLabel("Số thành viên").FillAsync("32");
        await page.GetByLabel("Ngày thành lập").FillAsync("2023-03-26");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).WaitForAsync();

        var table = await page.Locator("table").InnerTextAsync();
        Assert.Contains("Tổ CNSCĐ thôn Nà Héc", table, StringComparison.Ordinal);
        Assert.Contains("Xã Minh Quang", table, StringComparison.Ordinal);
        Assert.Equal(before + 1, await RegistriesApiTests.ValueAsync(api, "PRV.CDT_TEAMS", "P08"));
        Assert.Equal(32m, await RegistriesApiTests.ValueAsync(api, "PRV.CDT_MEMBERS", "P08"));
        await Browser.ScreenshotAsync(page, "registry-community-teams-vi");

        await page.GetByLabel("Tên tổ").FillAsync("Tổ thiếu xã");
        await page.GetByLabel("Số thành viên").FillAsync("4");
        await page.GetByLabel("Xã, phường").FillAsync(" ");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        Assert.Contains("Phải nhập “Xã, phường”.", await page.Locator("form.form").InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync(new Uri(app.Address, "/registries/community-teams").ToString(), Navigation.Goto);
        await page.GetByRole(AriaRole.Button, new() { Name = "Xóa — Tổ CNSCĐ thôn Nà Héc" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).WaitForAsync();
        Assert.DoesNotContain("Tổ CNSCĐ thôn Nà Héc", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await RegistriesApiTests.ValueAsync(api, "PRV.CDT_TEAMS", "P08"));
        Assert.Empty(errors);
    }
}
