using System.Net.Http.Json;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static DxMonitor.Web.Tests.Accounts.AccountSteps;

namespace DxMonitor.Web.Tests.Pages;

/// <summary>In Chromium: the forced change of a one-time password, the change-password page, and an administrator's account forms.</summary>
public sealed class AccountPagesTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    [Fact]
    public async Task A_new_officer_signs_in_with_the_one_time_password_and_must_choose_a_new_one_before_anything_else()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var admin = app.Client(await app.TokenForAsync(Role.NationalAdministrator));
        await Problems.AssertOkAsync(await admin.PostAsJsonAsync("/api/v1/users",
            new { userName = "can.bo.moi", fullName = "Lê Thị Mai", role = "UnitOfficer", unit = "P01", password = "Mot-Lan-Duy-Nhat-1" }));
        var errors = new List<string>();

        var page = await browser.SignInAsync(new Uri(app.Address, "/account/login?returnUrl=%2Faudit"), "can.bo.moi", "Mot-Lan-Duy-Nhat-1", errors);
        await page.ReachesAsync(url => url.EndsWith("/account/password?returnUrl=%2Faudit", StringComparison.Ordinal));
        var intro = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        await page.GotoAsync(new Uri(app.Address, "/reporting").ToString(), Navigation.Goto);
        var sentBack = new Uri(page.Url).PathAndQuery;
        await page.GetByLabel("Mật khẩu hiện tại").FillAsync("Mot-Lan-Duy-Nhat-1");
        await page.GetByLabel("Mật khẩu mới", new() { Exact = true }).FillAsync("Mai-Le-Rieng-2026!");
        await page.GetByLabel("Nhập lại mật khẩu mới").FillAsync("Mai-Le-Rieng-2026?");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu mật khẩu mới" }).ClickAsync();
        var mismatch = await page.Locator("#confirmPassword-error").InnerTextAsync();
        await Browser.ScreenshotAsync(page, "one-time-password-vi");
        await page.GetByLabel("Mật khẩu hiện tại").FillAsync("Mot-Lan-Duy-Nhat-1");
        await page.GetByLabel("Mật khẩu mới", new() { Exact = true }).FillAsync("Mai-Le-Rieng-2026!");
        await page.GetByLabel("Nhập lại mật khẩu mới").FillAsync("Mai-Le-Rieng-2026!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu mật khẩu mới" }).ClickAsync();
        await page.ReachesAsync(url => url.EndsWith("/reporting", StringComparison.Ordinal));
        var reporting = await page.Locator("main h1").InnerTextAsync();

        Assert.Contains("mật khẩu dùng một lần do quản trị viên cấp", intro, StringComparison.Ordinal);
        Assert.Equal("/account/password?returnUrl=%2Freporting", sentBack);
        Assert.Equal("Mật khẩu nhập lại không khớp với mật khẩu mới.", mismatch);
        Assert.False(string.IsNullOrWhiteSpace(reporting));
        Assert.Contains("error=invalid", (await CookieClient.SignInAsync(CookieClient.For(app), "can.bo.moi", "Mot-Lan-Duy-Nhat-1")).Headers.Location?.OriginalString, StringComparison.Ordinal);
        await SignedInAsync(app, "can.bo.moi", "Mai-Le-Rieng-2026!");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_signed_in_person_changes_their_password_from_the_menu_in_english()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("officer.english", "Officer-English-2026!", Role.UnitOfficer, "P01");
        var errors = new List<string>();

        var page = await browser.SignInAsync(app.Address, "officer.english", "Officer-English-2026!", errors);
        await page.WaitForSelectorAsync("header .user");
        await page.GotoAsync(new Uri(app.Address, "/?culture=en-US").ToString(), Navigation.Goto);
        await page.GetByRole(AriaRole.Link, new() { Name = "Change password" }).ClickAsync();
        await page.GetByLabel("Current password").FillAsync("Officer-English-2026!");
        await page.GetByLabel("New password", new() { Exact = true }).FillAsync("Officer-Changed-2027!");
        await page.GetByLabel("Repeat the new password").FillAsync("Officer-Changed-2027!");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the new password" }).ClickAsync();
        var status = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        await Browser.ScreenshotAsync(page, "change-password-en");
        var stillSignedIn = await page.Locator("header .user").InnerTextAsync();

        Assert.Equal("Your password has been changed. Your other sessions have been signed out.", status);
        Assert.Equal("officer.english", stillSignedIn);
        Assert.EndsWith("/account/password?done=changed", page.Url, StringComparison.Ordinal);
        await SignedInAsync(app, "officer.english", "Officer-Changed-2027!");
        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_administrator_unlocks_resets_deactivates_and_reactivates_an_account_from_its_page()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("can.bo.quan.ly", Password, Role.UnitOfficer, "P01");
        for (var i = 0; i < 5; i++)
        {
            (await CookieClient.SignInAsync(CookieClient.For(app), "can.bo.quan.ly", "sai-mật-khẩu")).Dispose();
        }
        var errors = new List<string>();

        var page = await browser.SignInAsync(new Uri(app.Address, "/account/login?returnUrl=%2Fadmin%2Fusers%2Fcan.bo.quan.ly"), "admin", TestApp.AdminPassword, errors);
        await page.ReachesAsync(url => url.EndsWith("/admin/users/can.bo.quan.ly", StringComparison.Ordinal));
        var locked = await page.Locator("main > p").Nth(1).InnerTextAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở khoá tài khoản" }).ClickAsync();
        await page.ReachesAsync(url => url.EndsWith("?done=unlocked", StringComparison.Ordinal));
        var unlocked = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Đặt lại mật khẩu" }).ClickAsync();
        var oneTime = (await page.GetByTestId("one-time-password").InnerTextAsync()).Trim();
        var afterReset = await page.Locator("main > p").Nth(1).InnerTextAsync();
        await Browser.ScreenshotAsync(page, "account-reset-vi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ngừng hoạt động tài khoản" }).ClickAsync();
        await page.ReachesAsync(url => url.EndsWith("?done=deactivated", StringComparison.Ordinal));
        var deactivated = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        var refused = await CookieClient.SignInAsync(CookieClient.For(app), "can.bo.quan.ly", oneTime);
        await page.GetByRole(AriaRole.Button, new() { Name = "Kích hoạt lại tài khoản" }).ClickAsync();
        await page.ReachesAsync(url => url.EndsWith("?done=reactivated", StringComparison.Ordinal));
        var reactivated = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        var accepted = await CookieClient.SignInAsync(CookieClient.For(app), "can.bo.quan.ly", oneTime);
        var history = await page.Locator("main ul").Last.InnerTextAsync();

        Assert.Contains("Đang bị khóa", locked, StringComparison.Ordinal);
        Assert.Equal("Đã mở khoá tài khoản.", unlocked);
        Assert.Matches("^Dx-.{20,}-9a$", oneTime);
        Assert.Contains("chờ đổi mật khẩu dùng một lần", afterReset, StringComparison.Ordinal);
        Assert.Equal("Đã ngừng hoạt động tài khoản.", deactivated);
        Assert.Contains("error=invalid", refused.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal("Đã kích hoạt lại tài khoản.", reactivated);
        Assert.StartsWith("/account/password", accepted.Headers.Location?.OriginalString, StringComparison.Ordinal);
        foreach (var action in new[] { "Tạm khóa đăng nhập", "Gỡ tạm khóa đăng nhập", "Cấp mật khẩu dùng một lần", "Ngừng hoạt động tài khoản", "Kích hoạt lại tài khoản" })
        {
            Assert.Contains(action, history, StringComparison.Ordinal);
        }
        Assert.Empty(errors);
    }
}
