using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using DxMonitor.Data;
using DxMonitor.Data.Access;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DxMonitor.Web.Tests.Accounts;

public sealed partial class SignInTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static HttpClient Browser(TestApp app) => CookieClient.For(app);

    private static Task<HttpResponseMessage> SignInAsync(HttpClient browser, string user, string password, string? returnUrl = null, bool withToken = true) =>
        CookieClient.SignInAsync(browser, user, password, returnUrl, withToken);

    [Fact]
    public async Task The_first_administrator_signs_in_and_sees_their_name()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var browser = Browser(app);

        var signedIn = await SignInAsync(browser, "admin", TestApp.AdminPassword, "/progress");
        var home = await browser.GetStringAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/progress", signedIn.Headers.Location?.OriginalString);
        Assert.Contains("<span class=\"user\">admin</span>", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_fifth_wrong_password_locks_the_account_even_against_the_right_one()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("can.bo.thanhhoa", "Đúng-Mật-Khẩu-123");
        var browser = Browser(app);

        for (var i = 0; i < 4; i++)
        {
            Assert.Contains("error=invalid", (await SignInAsync(browser, "can.bo.thanhhoa", "sai-mật-khẩu")).Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        }
        var fifth = await SignInAsync(browser, "can.bo.thanhhoa", "sai-mật-khẩu");
        var right = await SignInAsync(browser, "can.bo.thanhhoa", "Đúng-Mật-Khẩu-123");

        Assert.Contains("error=locked", fifth.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);

        Assert.Contains("error=locked", right.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Contains("Tài khoản tạm bị khoá", await browser.GetStringAsync(right.Headers.Location!.OriginalString), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sign_in_post_without_the_antiforgery_token_is_refused()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);

        var response = await SignInAsync(Browser(app), "admin", TestApp.AdminPassword, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_signed_in_browsers_cookie_cannot_write_through_the_API()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var browser = Browser(app);
        await SignInAsync(browser, "admin", TestApp.AdminPassword);

        var write = await browser.PutAsJsonAsync("/api/v1/values/PRV.MOBILE_SUBSCRIBERS/P01/2020Q1", new { value = 1 });

        Assert.Equal(HttpStatusCode.Unauthorized, write.StatusCode);
        Assert.False(await app.QueryAsync(db => db.DataValues.AnyAsync(v => v.PeriodCode == "2020Q1")));
    }

    [Theory]
    [InlineData("//evil.example/steal")]
    [InlineData("https://evil.example/")]
    [InlineData("/\\evil.example")]
    public async Task A_return_address_off_the_site_is_ignored(string returnUrl)
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);

        var response = await SignInAsync(Browser(app), "admin", TestApp.AdminPassword, returnUrl);

        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Passwords_and_tokens_are_stored_only_as_hashes()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var token = await app.TokenForAsync(Role.NationalAnalyst);

        var admin = await app.QueryAsync(db => db.Users.SingleAsync(u => u.UserName == "admin"));
        var hashes = await app.QueryAsync(db => db.ApiTokens.Select(t => t.SecretHash).ToListAsync());

        Assert.DoesNotContain(TestApp.AdminPassword, admin.PasswordHash ?? "", StringComparison.Ordinal);
        Assert.Equal(0x01, Convert.FromBase64String(admin.PasswordHash!)[0]); // Identity's v3 format: PBKDF2 with a salt
        Assert.DoesNotContain(token, hashes);
        Assert.Contains(ApiTokenSecrets.Hash(token), hashes);
    }
}
