using System.Net;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Pages;

public sealed class UserAdministrationPageTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    [Fact]
    public async Task An_administrator_creates_an_officer_changes_the_role_issues_a_token_that_works_and_revokes_it()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var errors = new List<string>();
        var page = await browser.SignInAsync(new Uri(app.Address, "/account/login?returnUrl=%2Fadmin%2Fusers"), "admin", TestApp.AdminPassword, errors);

        await page.GetByLabel("Tên đăng nhập").FillAsync("can.bo.hue");
        await page.GetByLabel("Họ và tên").FillAsync("Nguyễn Thị Hương");
        await page.GetByLabel("Vai trò").SelectOptionAsync("UnitOfficer");
        await page.GetByLabel("Mật khẩu ban đầu").FillAsync("Hue-Officer-2026!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo người dùng" }).ClickAsync();
        var missingUnit = await page.Locator("#unit-error").InnerTextAsync();
        await page.GetByLabel("Đơn vị (mã)").FillAsync("P46");
        await page.GetByLabel("Mật khẩu ban đầu").FillAsync("Hue-Officer-2026!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo người dùng" }).ClickAsync();
        var listed = await page.Locator("table").InnerTextAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "can.bo.hue" }).First.ClickAsync();
        await page.GetByLabel("Vai trò").SelectOptionAsync("Leader");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đổi vai trò và đơn vị" }).ClickAsync();
        var afterRoleChange = await page.Locator("main").InnerTextAsync();
        await page.GetByLabel("Tên mã").FillAsync("Bảng điều khiển Huế");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cấp mã truy cập" }).ClickAsync();
        var secret = (await page.GetByTestId("secret").InnerTextAsync()).Trim();
        var withToken = await app.Client(secret).GetAsync("/api/v1/alerts?unit=P46");
        await Browser.ScreenshotAsync(page, "user-administration-vi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Thu hồi Bảng điều khiển Huế" }).ClickAsync();
        var afterRevoke = await app.Client(secret).GetAsync("/api/v1/alerts?unit=P46");
        var history = await page.Locator("main ul").Last.InnerTextAsync();
        var stored = await app.QueryAsync(db => Task.FromResult(db.ApiTokens.Single(t => t.UserName == "can.bo.hue").SecretHash));

        Assert.Contains("Vai trò Cán bộ đơn vị gắn với một đơn vị: hãy nhập mã đơn vị.", missingUnit, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Thị Hương", listed, StringComparison.Ordinal);
        Assert.Contains("Lãnh đạo (chỉ xem)", afterRoleChange, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, afterRevoke.StatusCode);
        Assert.DoesNotContain(secret, stored, StringComparison.Ordinal);
        Assert.Contains("Đổi vai trò", history, StringComparison.Ordinal);
        Assert.Contains("Thu hồi mã truy cập API", history, StringComparison.Ordinal);
        Assert.Contains("Cán bộ đơn vị — P46 → Lãnh đạo (chỉ xem) — P46", history, StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Only_administrators_reach_the_user_pages()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("chuyen.vien.xem", "Analyst-Page-2026!", Role.NationalAnalyst);
        var errors = new List<string>();

        var anonymous = await browser.OpenAsync(new Uri(app.Address, "/admin/users/admin"), errors);
        var anonymousUrl = anonymous.Url;
        var analyst = await browser.SignInAsync(new Uri(app.Address, "/account/login?returnUrl=%2Fadmin%2Fusers"), "chuyen.vien.xem", "Analyst-Page-2026!", errors);
        var denied = await analyst.Locator("main").InnerTextAsync();
        var viaRequest = await analyst.APIRequest.GetAsync(new Uri(app.Address, "/admin/users").ToString());

        Assert.Contains("/account/login", anonymousUrl, StringComparison.Ordinal);
        Assert.Contains("/account/denied", analyst.Url, StringComparison.Ordinal);
        Assert.Contains("không có quyền", denied, StringComparison.Ordinal);
        Assert.DoesNotContain("Tạo người dùng", await viaRequest.TextAsync(), StringComparison.Ordinal);
    }
}
