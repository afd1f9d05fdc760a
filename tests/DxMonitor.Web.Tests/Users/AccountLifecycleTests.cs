using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DxMonitor.Web.Tests.Accounts.AccountSteps;

namespace DxMonitor.Web.Tests.Users;

/// <summary>An administrator resets, deactivates, reactivates and unlocks accounts through the API; every step and every sign-in is audited.</summary>
public sealed class AccountLifecycleTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Sign_ins_lockouts_resets_and_deactivations_are_in_the_account_audit_with_who_did_them(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var admin = app.Client(await app.TokenForAsync(Role.NationalAdministrator, user: "quan.tri.nhat.ky"));
        await app.CreateUserAsync("nhat.ky.tai.khoan", Password, Role.UnitOfficer, "P01");
        var stranger = CookieClient.For(app);

        await SignedInAsync(app, "nhat.ky.tai.khoan", Password);
        for (var i = 0; i < 5; i++)
        {
            (await CookieClient.SignInAsync(stranger, "nhat.ky.tai.khoan", "sai-mật-khẩu")).Dispose();
        }
        (await CookieClient.SignInAsync(stranger, "nhat.ky.tai.khoan", Password)).Dispose();
        await admin.PostAsync("/api/v1/users/nhat.ky.tai.khoan/unlock", null);
        var reset = await Problems.AssertOkAsync(await admin.PostAsync("/api/v1/users/nhat.ky.tai.khoan/password-reset", null));
        await admin.PostAsync("/api/v1/users/nhat.ky.tai.khoan/deactivate", null);
        (await CookieClient.SignInAsync(stranger, "nhat.ky.tai.khoan", reset.GetProperty("password").GetString()!)).Dispose();
        await admin.PostAsync("/api/v1/users/nhat.ky.tai.khoan/reactivate", null);
        (await CookieClient.SignInAsync(stranger, "khong.co.ai", Password)).Dispose();

        var audit = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit/accounts?user=nhat.ky.tai.khoan&pageSize=50");
        var entries = audit.GetProperty("items").EnumerateArray()
            .Select(e => (e.GetProperty("action").GetString(), e.GetProperty("newValue").GetString(), e.GetProperty("changedBy").GetString())).Reverse().ToList();
        Assert.Equal(
        [
            ("SignedIn", null, "nhat.ky.tai.khoan"),
            ("SignInFailed", "wrong password", "anonymous"), ("SignInFailed", "wrong password", "anonymous"),
            ("SignInFailed", "wrong password", "anonymous"), ("SignInFailed", "wrong password", "anonymous"),
            ("LockedOut", entries[5].Item2, "anonymous"),
            ("SignInFailed", "locked out", "anonymous"),
            ("Unlocked", "unlocked", "quan.tri.nhat.ky"),
            ("PasswordReset", "one-time password issued", "quan.tri.nhat.ky"),
            ("Deactivated", "deactivated", "quan.tri.nhat.ky"),
            ("SignInFailed", "deactivated", "anonymous"),
            ("Reactivated", "active", "quan.tri.nhat.ky"),
        ], entries);
        Assert.StartsWith("until ", entries[5].Item2, StringComparison.Ordinal);
        Assert.All(audit.GetProperty("items").EnumerateArray(), e => Assert.Equal("127.0.0.1", e.GetProperty("clientAddress").GetString()));
        Assert.Equal(["SignInFailed"], await AuditActionsAsync(admin, "khong.co.ai"));
        Assert.DoesNotContain(reset.GetProperty("password").GetString()!, audit.ToString(), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_created_or_reset_password_is_one_time_and_the_users_tokens_are_not_concerned(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var admin = app.Client(await app.TokenForAsync(Role.NationalAdministrator, user: "quan.tri.mot.lan"));
        await Problems.AssertOkAsync(await admin.PostAsJsonAsync("/api/v1/users",
            new { userName = "mat.khau.mot.lan", fullName = "Trần Văn Bình", role = "UnitOfficer", unit = "P01", password = Password }));
        var issued = await Problems.AssertOkAsync(await admin.PostAsJsonAsync("/api/v1/users/mat.khau.mot.lan/tokens", new { name = "máy chủ" }));
        var token = app.Client(issued.GetProperty("secret").GetString());

        var created = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/users")).EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "mat.khau.mot.lan");
        var browser = CookieClient.For(app);
        var signIn = await CookieClient.SignInAsync(browser, "mat.khau.mot.lan", Password, "/audit");
        var tokenBefore = await SeenAsync(token, "/api/v1/audit/values");
        var changed = await ChangePasswordAsync(browser, Password, "Mật-Khẩu-Của-Tôi-1", page: "/account/password?returnUrl=%2Faudit");
        var afterChange = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/users")).EnumerateArray().Single(u => u.GetProperty("userName").GetString() == "mat.khau.mot.lan");
        var reset = await Problems.AssertOkAsync(await admin.PostAsync("/api/v1/users/mat.khau.mot.lan/password-reset", null));
        var oneTime = reset.GetProperty("password").GetString()!;

        Assert.True(created.GetProperty("mustChangePassword").GetBoolean());
        Assert.Equal("/account/password?returnUrl=%2Faudit", signIn.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.OK, tokenBefore.Status);
        Assert.Equal("/audit", changed.Headers.Location?.AbsolutePath);
        Assert.False(afterChange.GetProperty("mustChangePassword").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, (await SeenAsync(browser, "/api/v1/audit/values")).Status);
        Assert.Contains("error=invalid", (await CookieClient.SignInAsync(CookieClient.For(app), "mat.khau.mot.lan", "Mật-Khẩu-Của-Tôi-1")).Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.StartsWith("/account/password", (await CookieClient.SignInAsync(CookieClient.For(app), "mat.khau.mot.lan", oneTime)).Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await SeenAsync(token, "/api/v1/audit/values")).Status);
        Assert.Equal("mat.khau.mot.lan", reset.GetProperty("userName").GetString());
        Assert.True(oneTime.Length >= 20);
    }

    [Fact]
    public async Task Only_administrators_reset_deactivate_reactivate_and_unlock()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("khong.duoc.dung", Password, Role.UnitOfficer, "P01");
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01"));
        var stampBefore = await app.QueryAsync(db => db.Users.Where(u => u.UserName == "khong.duoc.dung").Select(u => u.SecurityStamp).SingleAsync());

        foreach (var action in new[] { "password-reset", "deactivate", "reactivate", "unlock" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await analyst.PostAsync($"/api/v1/users/khong.duoc.dung/{action}", null)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync($"/api/v1/users/khong.duoc.dung/{action}", null)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().PostAsync($"/api/v1/users/khong.duoc.dung/{action}", null)).StatusCode);
        }

        Assert.Equal(stampBefore, await app.QueryAsync(db => db.Users.Where(u => u.UserName == "khong.duoc.dung").Select(u => u.SecurityStamp).SingleAsync()));
        Assert.Equal(0, await app.QueryAsync(db => db.AccountChanges.CountAsync(c => c.Subject == "khong.duoc.dung")));
    }

    [Theory]
    [InlineData("password-reset")]
    [InlineData("deactivate")]
    [InlineData("reactivate")]
    [InlineData("unlock")]
    public async Task An_unknown_user_is_a_problem_naming_them(string action)
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var admin = app.Client(await app.TokenForAsync(Role.NationalAdministrator));

        var response = await admin.PostAsync($"/api/v1/users/khong.ton.tai/{action}", null);

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains("khong.ton.tai", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_administrator_cannot_deactivate_their_own_account_and_is_told_so_in_vietnamese()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var admin = app.Client(await app.TokenForAsync(Role.NationalAdministrator, user: "admin"), language: null);

        var response = await admin.PostAsync("/api/v1/users/ADMIN/deactivate", null);

        await Problems.AssertFieldErrorAsync(response, HttpStatusCode.UnprocessableEntity, "userName", "không thể tự ngừng hoạt động");
        Assert.True(await app.QueryAsync(db => db.Users.Where(u => u.UserName == "admin").Select(u => u.DeactivatedAt == null).SingleAsync()));
    }

    [Fact]
    public async Task The_users_list_tells_deactivated_locked_and_one_time_accounts()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var admin = app.Client(await app.TokenForAsync(Role.NationalAdministrator));
        await app.CreateUserAsync("trang.thai.khoa", Password, Role.UnitOfficer, "P01");
        await app.CreateUserAsync("trang.thai.ngung", Password, Role.UnitOfficer, "P01");
        for (var i = 0; i < 5; i++)
        {
            (await CookieClient.SignInAsync(CookieClient.For(app), "trang.thai.khoa", "sai-mật-khẩu")).Dispose();
        }
        await admin.PostAsync("/api/v1/users/trang.thai.ngung/deactivate", null);
        await admin.PostAsync("/api/v1/users/trang.thai.ngung/password-reset", null);

        var users = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/users")).EnumerateArray()
            .ToDictionary(u => u.GetProperty("userName").GetString()!, u => (u.GetProperty("lockedOut").GetBoolean(), u.GetProperty("deactivated").GetBoolean(), u.GetProperty("mustChangePassword").GetBoolean()));

        Assert.Equal((true, false, false), users["trang.thai.khoa"]);
        Assert.Equal((false, true, true), users["trang.thai.ngung"]);
        Assert.Equal((false, false, false), users["admin"]);
    }
}
