using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Users;

public sealed class UserAdministrationTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private const string Injection = "<script>alert('x')</script>'; DROP TABLE data_values; --";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_administrator_creates_an_officer_whose_token_writes_only_its_province_and_every_step_is_audited(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var admin = app.Client(await app.TokenForAsync(Role.NationalAdministrator, user: "quan.tri"));

        var created = await admin.PostAsJsonAsync("/api/v1/users", new
        {
            userName = "so.khcn.nghean",
            fullName = "Nguyễn Thị Hoà " + Injection,
            role = "UnitOfficer",
            unit = "P40",
            password = "Mật-Khẩu-an-toàn-1",
        });
        var issued = await admin.PostAsJsonAsync("/api/v1/users/so.khcn.nghean/tokens", new { name = "máy chủ tỉnh", days = 30 });
        var secret = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString()!;
        var officer = app.Client(secret);
        await Rounds.OpenAsync(app.Client(await app.TokenForAsync(Role.NationalAnalyst)), "R-USERS", ["PRV.MOBILE_SUBSCRIBERS"], period: "2019Q1");
        var own = await officer.PutAsJsonAsync("/api/v1/values/PRV.MOBILE_SUBSCRIBERS/P40/2019Q1", new { value = 10, comment = Injection });
        var other = await officer.PutAsJsonAsync("/api/v1/values/PRV.MOBILE_SUBSCRIBERS/P42/2019Q1", new { value = 10 });
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/v1/users");
        var accountAudit = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit/accounts?user=so.khcn.nghean");
        var draft = await officer.GetFromJsonAsync<JsonElement>("/api/v1/rounds/R-USERS/reports/P40");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, other.StatusCode);
        Assert.Contains(users.EnumerateArray(), u => u.GetProperty("fullName").GetString() == "Nguyễn Thị Hoà " + Injection);
        Assert.Equal(["TokenIssued", "Created"], accountAudit.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("action").GetString()));
        var line = Assert.Single(draft.GetProperty("lines").EnumerateArray());
        Assert.Equal((10m, Injection), (line.GetProperty("value").GetDecimal(), line.GetProperty("comment").GetString()));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync("/api/v1/values?pageSize=1")).StatusCode); // the table is still there
    }

    [Fact]
    public async Task A_role_change_is_audited_with_old_and_new_and_a_revoked_token_stops_working()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var admin = app.Client(await app.TokenForAsync(Role.NationalAdministrator));
        await admin.PostAsJsonAsync("/api/v1/users", new { userName = "lanh.dao.hue", fullName = "Lãnh đạo", role = "Leader", unit = "P46", password = "Mật-Khẩu-an-toàn-2" });
        var issued = await (await admin.PostAsJsonAsync("/api/v1/users/lanh.dao.hue/tokens", new { name = "t" })).Content.ReadFromJsonAsync<JsonElement>();

        var changed = await admin.PutAsJsonAsync("/api/v1/users/lanh.dao.hue/role", new { role = "UnitOfficer", unit = "P46" });
        var revoked = await admin.PostAsync($"/api/v1/tokens/{issued.GetProperty("id").GetInt32()}/revoke", null);
        var after = await app.Client(issued.GetProperty("secret").GetString()).GetAsync("/api/v1/audit/values");
        var audit = await admin.GetFromJsonAsync<JsonElement>("/api/v1/audit/accounts?user=lanh.dao.hue");

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (changed.StatusCode, revoked.StatusCode));
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
        var roleChange = audit.GetProperty("items").EnumerateArray().Single(e => e.GetProperty("action").GetString() == "RoleChanged");
        Assert.Equal(("Leader of P46", "UnitOfficer of P46"), (roleChange.GetProperty("oldValue").GetString(), roleChange.GetProperty("newValue").GetString()));
    }

    [Fact]
    public async Task Only_administrators_manage_users_and_officers_see_only_their_units_audit()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "so.hanoi"));
        await analyst.PutAsJsonAsync("/api/v1/values/PRV.MOBILE_SUBSCRIBERS/P22/2019Q2", new { value = 5 });
        await analyst.PutAsJsonAsync("/api/v1/values/PRV.MOBILE_SUBSCRIBERS/P01/2019Q2", new { value = 6 });

        var create = await analyst.PostAsJsonAsync("/api/v1/users", new { userName = "x.y.z", fullName = "X", role = "NationalAdministrator", password = "Mật-Khẩu-an-toàn-3" });
        var seen = await officer.GetFromJsonAsync<JsonElement>("/api/v1/audit/values");

        Assert.Equal(HttpStatusCode.Forbidden, create.StatusCode);
        Assert.All(seen.GetProperty("items").EnumerateArray(), e => Assert.Equal("P01", e.GetProperty("unit").GetString()));
        Assert.NotEmpty(seen.GetProperty("items").EnumerateArray());
    }

    [Theory]
    [InlineData("""{"userName":"ab","fullName":"X","role":"UnitOfficer","unit":"P01","password":"Mật-Khẩu-an-toàn-4"}""", 400, "userName")]
    [InlineData("""{"userName":"officer.x","fullName":"X","role":"UnitOfficer","password":"Mật-Khẩu-an-toàn-4"}""", 422, "unit")]
    [InlineData("""{"userName":"officer.y","fullName":"X","role":"UnitOfficer","unit":"P99","password":"Mật-Khẩu-an-toàn-4"}""", 422, "unit")]
    [InlineData("""{"userName":"officer.z","fullName":"X","role":"UnitOfficer","unit":"P01","password":"khongcochuhoa1"}""", 422, "password")]
    [InlineData("""{"userName":"officer.w","fullName":"X","role":"Emperor","unit":"P01","password":"Mật-Khẩu-an-toàn-4"}""", 400, "role")]
    public async Task Bad_new_users_are_refused_naming_the_field(string json, int status, string field)
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var admin = app.Client(await app.TokenForAsync(Role.NationalAdministrator));

        var response = await admin.PostAsync("/api/v1/users", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        var problem = await Problems.AssertProblemAsync(response, (HttpStatusCode)status);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }
}
