using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DxMonitor.Web.Tests.Accounts.AccountSteps;

namespace DxMonitor.Web.Tests.Accounts;

/// <summary>
/// A change to a person applies to their very next request, by API token and by signed-in browser alike. Each test
/// signs an officer of P01 in, gives them a token issued through the API, and shows both work; then changes the
/// person and asks again. A token acts with its user's current rights; a change of role, unit, activation or password
/// (a new security stamp) ends the browser's session: its cookie reads the API no more (401) and pages send it to
/// the sign-in page.
/// </summary>
public sealed class RightsFollowThePersonTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private const string Indicator = "PRV.MOBILE_SUBSCRIBERS";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_officer_demoted_to_leader_writes_nothing_more_by_token_and_is_signed_out_of_the_browser(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = await OfficerAsync(app, "ha.cap.vai.tro");
        await OpenRoundAsync(app, "R-HA-CAP", "2021Q1");
        Assert.Equal(HttpStatusCode.OK, (await officer.Token.PutAsJsonAsync($"/api/v1/values/{Indicator}/P01/2021Q1", new { value = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SeenAsync(officer.Browser, "/api/v1/rounds/R-HA-CAP/reports/P01")).Status);
        Assert.Equal(HttpStatusCode.OK, (await SeenAsync(officer.Browser, "/audit")).Status);

        Assert.Equal(HttpStatusCode.NoContent, (await officer.Admin.PutAsJsonAsync($"/api/v1/users/{officer.Name}/role", new { role = "Leader", unit = "P01" })).StatusCode);

        var demotedWrite = await Problems.AssertProblemAsync(
            await officer.Token.PutAsJsonAsync($"/api/v1/values/{Indicator}/P01/2021Q1", new { value = 2 }), HttpStatusCode.Forbidden);
        Assert.Equal("This is for: Unit officer, National analyst, National administrator. Your current role: Leader (read).",
            demotedWrite.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await SeenAsync(officer.Token, "/api/v1/rounds/R-HA-CAP/reports/P01")).Status);
        Assert.Equal(HttpStatusCode.OK, (await SeenAsync(officer.Token, "/api/v1/alerts?unit=P01")).Status); // a leader still reads
        Assert.Equal(HttpStatusCode.Unauthorized, (await SeenAsync(officer.Browser, "/api/v1/rounds/R-HA-CAP/reports/P01")).Status);
        Assert.Equal((HttpStatusCode.Redirect, "/account/login"), await SeenAsync(officer.Browser, "/audit"));
        var draft = await officer.Admin.GetFromJsonAsync<JsonElement>("/api/v1/rounds/R-HA-CAP/reports/P01");
        Assert.Equal(1m, Assert.Single(draft.GetProperty("lines").EnumerateArray()).GetProperty("value").GetDecimal());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_officer_moved_to_another_unit_works_for_the_new_unit_only_from_the_next_request(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = await OfficerAsync(app, "chuyen.don.vi");
        await OpenRoundAsync(app, "R-CHUYEN", "2021Q2");
        Assert.Equal(HttpStatusCode.OK, (await SeenAsync(officer.Token, "/api/v1/rounds/R-CHUYEN/reports/P01")).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await SeenAsync(officer.Token, "/api/v1/rounds/R-CHUYEN/reports/P40")).Status);

        Assert.Equal(HttpStatusCode.NoContent, (await officer.Admin.PutAsJsonAsync($"/api/v1/users/{officer.Name}/role", new { role = "UnitOfficer", unit = "P40" })).StatusCode);
        var oldUnitWrite = await officer.Token.PutAsJsonAsync($"/api/v1/values/{Indicator}/P01/2021Q2", new { value = 3 });
        var newUnitWrite = await officer.Token.PutAsJsonAsync($"/api/v1/values/{Indicator}/P40/2021Q2", new { value = 4 });
        var oldCookie = await SeenAsync(officer.Browser, "/api/v1/rounds/R-CHUYEN/reports/P40");
        var signedInAgain = await SignedInAsync(app, officer.Name, Password);

        Assert.Equal(HttpStatusCode.Forbidden, oldUnitWrite.StatusCode);
        await Problems.AssertOkAsync(newUnitWrite);
        Assert.Equal(HttpStatusCode.NotFound, (await SeenAsync(officer.Token, "/api/v1/rounds/R-CHUYEN/reports/P01")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, oldCookie.Status);
        Assert.Equal(HttpStatusCode.NotFound, (await SeenAsync(signedInAgain, "/api/v1/rounds/R-CHUYEN/reports/P01")).Status);
        Assert.Equal(HttpStatusCode.OK, (await SeenAsync(signedInAgain, "/api/v1/rounds/R-CHUYEN/reports/P40")).Status);
        var oldDraft = await officer.Admin.GetFromJsonAsync<JsonElement>("/api/v1/rounds/R-CHUYEN/reports/P01");
        var newDraft = await officer.Admin.GetFromJsonAsync<JsonElement>("/api/v1/rounds/R-CHUYEN/reports/P40");
        Assert.Equal(JsonValueKind.Null, Assert.Single(oldDraft.GetProperty("lines").EnumerateArray()).GetProperty("value").ValueKind);
        Assert.Equal(4m, Assert.Single(newDraft.GetProperty("lines").EnumerateArray()).GetProperty("value").GetDecimal());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_deactivated_officers_token_and_browser_are_refused_until_reactivated(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = await OfficerAsync(app, "ngung.hoat.dong");

        var deactivated = await officer.Admin.PostAsync($"/api/v1/users/{officer.Name}/deactivate", null);
        var token = await Problems.AssertProblemAsync(await officer.Token.GetAsync("/api/v1/audit/values"), HttpStatusCode.Unauthorized);
        var cookie = await SeenAsync(officer.Browser, "/api/v1/audit/values");
        var page = await SeenAsync(officer.Browser, "/audit");
        var signIn = await CookieClient.SignInAsync(CookieClient.For(app), officer.Name, Password);
        var reactivated = await officer.Admin.PostAsync($"/api/v1/users/{officer.Name}/reactivate", null);
        var tokenAgain = await SeenAsync(officer.Token, "/api/v1/audit/values");

        Assert.Equal(HttpStatusCode.NoContent, deactivated.StatusCode);
        Assert.Equal("The token was not accepted: unknown, revoked or expired, or its account is deactivated or locked out.",
            token.GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, cookie.Status);
        Assert.Equal((HttpStatusCode.Redirect, "/account/login"), page);
        Assert.Contains("error=invalid", signIn.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NoContent, reactivated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tokenAgain.Status);
        Assert.Equal(HttpStatusCode.OK, (await SeenAsync(await SignedInAsync(app, officer.Name, Password), "/audit")).Status);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_lockout_by_failed_sign_ins_refuses_the_officers_token_and_browser_until_unlocked(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = await OfficerAsync(app, "bi.khoa");
        var stranger = CookieClient.For(app);

        for (var i = 0; i < 5; i++)
        {
            (await CookieClient.SignInAsync(stranger, officer.Name, "đoán-mò-mật-khẩu")).Dispose();
        }
        var token = await SeenAsync(officer.Token, "/api/v1/audit/values");
        var cookie = await SeenAsync(officer.Browser, "/api/v1/audit/values");
        var page = await SeenAsync(officer.Browser, "/audit");
        var unlocked = await officer.Admin.PostAsync($"/api/v1/users/{officer.Name}/unlock", null);

        Assert.Equal(HttpStatusCode.Unauthorized, token.Status);
        Assert.Equal(HttpStatusCode.Unauthorized, cookie.Status);
        Assert.Equal((HttpStatusCode.Redirect, "/account/login"), page);
        Assert.Equal(HttpStatusCode.NoContent, unlocked.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await SeenAsync(officer.Token, "/api/v1/audit/values")).Status);
        Assert.Equal(HttpStatusCode.OK, (await SeenAsync(await SignedInAsync(app, officer.Name, Password), "/audit")).Status);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_password_change_signs_out_the_officers_other_browsers_and_keeps_this_one_and_the_token(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = await OfficerAsync(app, "doi.mat.khau");
        var otherBrowser = await SignedInAsync(app, officer.Name, Password);

        var changed = await ChangePasswordAsync(officer.Browser, Password, "Mật-Khẩu-Mới-2027");

        Assert.Equal((HttpStatusCode.Redirect, "/account/password"), (changed.StatusCode, changed.Headers.Location?.AbsolutePath));
        Assert.Equal(HttpStatusCode.OK, (await SeenAsync(officer.Browser, "/audit")).Status);
        Assert.Equal(HttpStatusCode.Unauthorized, (await SeenAsync(otherBrowser, "/api/v1/audit/values")).Status);
        Assert.Equal((HttpStatusCode.Redirect, "/account/login"), await SeenAsync(otherBrowser, "/audit"));
        Assert.Equal(HttpStatusCode.OK, (await SeenAsync(officer.Token, "/api/v1/audit/values")).Status);
        Assert.Contains("error=invalid", (await CookieClient.SignInAsync(CookieClient.For(app), officer.Name, Password)).Headers.Location?.OriginalString, StringComparison.Ordinal);
        await SignedInAsync(app, officer.Name, "Mật-Khẩu-Mới-2027");
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_role_changed_in_the_database_applies_to_the_browsers_next_request_without_a_new_stamp(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = await OfficerAsync(app, "doi.trong.csdl");
        Assert.Equal(HttpStatusCode.OK, (await SeenAsync(officer.Browser, "/api/v1/audit/values")).Status);

        await app.QueryAsync(db => db.Users.Where(u => u.UserName == officer.Name).ExecuteUpdateAsync(u => u.SetProperty(x => x.Role, Role.Public)));

        Assert.Equal(HttpStatusCode.Forbidden, (await SeenAsync(officer.Browser, "/api/v1/audit/values")).Status);
        Assert.Equal((HttpStatusCode.Redirect, "/account/denied"), await SeenAsync(officer.Browser, "/audit"));
        Assert.Equal(HttpStatusCode.Forbidden, (await SeenAsync(officer.Token, "/api/v1/audit/values")).Status);
    }

    [Fact]
    public async Task A_token_naming_no_account_keeps_the_rights_stored_with_it()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var machine = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "may.chu.khong.tai.khoan"));

        Assert.Equal(HttpStatusCode.OK, (await SeenAsync(machine, "/api/v1/audit/values")).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await SeenAsync(machine, "/api/v1/users")).Status);
    }

    private static async Task OpenRoundAsync(TestApp app, string code, string period) =>
        await Rounds.OpenAsync(app.Client(await app.TokenForAsync(Role.NationalAnalyst)), code, [Indicator], period: period);
}
