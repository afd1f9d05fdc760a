using System.Net;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DxMonitor.Web.Tests.Accounts.AccountSteps;

namespace DxMonitor.Web.Tests.Accounts;

/// <summary>The change-password page: forced for a one-time password, open to every signed-in person, Identity's rules and lockout.</summary>
public sealed class ChangePasswordTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_one_time_password_sends_every_page_to_the_change_page_and_the_api_answers_403_until_it_is_changed(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var admin = app.Client(await app.TokenForAsync(Role.NationalAdministrator));
        await app.CreateUserAsync("buoc.doi.mat.khau", Password, Role.UnitOfficer, "P01");
        var reset = await Problems.AssertOkAsync(await admin.PostAsync("/api/v1/users/buoc.doi.mat.khau/password-reset", null));
        var oneTime = await app.QueryAsync(db => db.Users.Where(u => u.UserName == "buoc.doi.mat.khau").Select(u => u.MustChangePassword).SingleAsync());
        var browser = CookieClient.For(app);
        (await CookieClient.SignInAsync(browser, "buoc.doi.mat.khau", reset.GetProperty("password").GetString()!)).Dispose();

        var home = await browser.GetAsync("/");
        var page = await browser.GetAsync("/reporting?unit=P01");
        var api = await browser.GetAsync("/api/v1/audit/values");
        var changePage = await browser.GetStringAsync("/account/password");

        Assert.True(oneTime);
        Assert.Equal((HttpStatusCode.Redirect, "/account/password?returnUrl=%2F"), (home.StatusCode, home.Headers.Location?.OriginalString));
        Assert.Equal("/account/password?returnUrl=%2Freporting%3Funit%3DP01", page.Headers.Location?.OriginalString);
        var problem = await Problems.AssertProblemAsync(api, HttpStatusCode.Forbidden);
        Assert.Contains("/account/password", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("Bạn đang dùng mật khẩu dùng một lần do quản trị viên cấp", changePage, StringComparison.Ordinal);

        var changed = await ChangePasswordAsync(browser, reset.GetProperty("password").GetString()!, "Mật-Khẩu-Riêng-2026", page: "/account/password?returnUrl=%2Freporting%3Funit%3DP01");

        Assert.Equal("/reporting?unit=P01", changed.Headers.Location?.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/reporting?unit=P01")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/api/v1/audit/values")).StatusCode);
        Assert.DoesNotContain("mật khẩu dùng một lần do quản trị viên cấp", await browser.GetStringAsync("/account/password"), StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string, string, string> BadChanges => new()
    {
        { "sai.hien.tai", "sai-mật-khẩu-hiện-tại", "Mật-Khẩu-Mới-2026", "Mật-Khẩu-Mới-2026", "currentPassword", "Mật khẩu hiện tại không đúng." },
        { "thieu.hien.tai", "", "Mật-Khẩu-Mới-2026", "Mật-Khẩu-Mới-2026", "currentPassword", "Hãy nhập mật khẩu hiện tại." },
        { "khong.khop", Password, "Mật-Khẩu-Mới-2026", "Mật-Khẩu-Khác-2026", "confirmPassword", "Mật khẩu nhập lại không khớp với mật khẩu mới." },
        { "khong.doi", Password, Password, Password, "newPassword", "Mật khẩu mới phải khác mật khẩu hiện tại." },
        { "qua.ngan", Password, "ngan-1A", "ngan-1A", "newPassword", "Mật khẩu phải có ít nhất 10 ký tự." },
        { "khong.chu.hoa", Password, "khongcochuhoa-1", "khongcochuhoa-1", "newPassword", "Mật khẩu phải có ít nhất một chữ hoa" },
    };

    [Theory, MemberData(nameof(BadChanges))]
    public async Task A_bad_change_is_refused_beside_its_field_in_vietnamese_and_the_password_stays(
        string name, string current, string next, string repeated, string field, string message)
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync(name, Password, Role.UnitOfficer, "P01");
        var browser = await SignedInAsync(app, name, Password);
        var hashBefore = await app.QueryAsync(db => db.Users.Where(u => u.UserName == name).Select(u => u.PasswordHash).SingleAsync());

        var response = await ChangePasswordAsync(browser, current, next, repeated);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"<p class=\"error\" id=\"{field}-error\" role=\"alert\">{message}", html, StringComparison.Ordinal);
        Assert.Equal(hashBefore, await app.QueryAsync(db => db.Users.Where(u => u.UserName == name).Select(u => u.PasswordHash).SingleAsync()));
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/audit")).StatusCode);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Wrong_current_passwords_count_towards_the_lockout_which_signs_the_browser_out(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var admin = app.Client(await app.TokenForAsync(Role.NationalAdministrator));
        await app.CreateUserAsync("doan.mat.khau.cu", Password, Role.UnitOfficer, "P01");
        var browser = await SignedInAsync(app, "doan.mat.khau.cu", Password);

        for (var i = 0; i < 4; i++)
        {
            Assert.Contains("Mật khẩu hiện tại không đúng.", await (await ChangePasswordAsync(browser, $"đoán-{i}", "Mật-Khẩu-Mới-2026")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        var fifth = await (await ChangePasswordAsync(browser, "đoán-5", "Mật-Khẩu-Mới-2026")).Content.ReadAsStringAsync();

        Assert.Contains("tài khoản tạm bị khoá", fifth, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/v1/audit/values")).StatusCode);
        Assert.Equal(["LockedOut", "PasswordChangeFailed", "PasswordChangeFailed", "PasswordChangeFailed", "PasswordChangeFailed", "SignedIn"],
            await AuditActionsAsync(admin, "doan.mat.khau.cu"));
    }

    [Fact]
    public async Task The_change_page_is_for_signed_in_people_only()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);

        var response = await CookieClient.For(app).GetAsync("/account/password");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location?.AbsolutePath);
    }
}
