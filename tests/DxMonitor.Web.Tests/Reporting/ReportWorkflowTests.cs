using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Reporting;

public sealed class ReportWorkflowTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static async Task OpenAsync(HttpClient analyst, string code, string period = "2025Q3") =>
        await Rounds.OpenAsync(analyst, code, new[] { "PRV.MOBILE_SUBSCRIBERS", "PRV.HOUSEHOLDS" }, period: period, titleVi: "Báo cáo quý III/2025 về Tổ công nghệ số cộng đồng");

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_report_goes_from_draft_through_return_and_resubmission_to_acceptance_and_a_correction(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "chuyen.vien.cuc"));
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "so.khcn.hanoi"));
        await OpenAsync(analyst, "R-FLOW");
        const string url = "/api/v1/rounds/R-FLOW/reports/P01";

        var form = await Problems.AssertOkAsync(await officer.GetAsync(url));
        await Problems.AssertOkAsync(await officer.PutAsJsonAsync($"{url}/entries", new { entries = new object[] { new { indicator = "PRV.MOBILE_SUBSCRIBERS", value = 1500, comment = "Số liệu tổng hợp từ các xã, phường" } } }));
        await Problems.AssertFieldErrorAsync(await officer.PostAsync($"{url}/submit", null), HttpStatusCode.UnprocessableEntity, "entries", "1 of 2 indicators have no value");
        await Problems.AssertOkAsync(await officer.PutAsJsonAsync($"{url}/entries", new { entries = new object[] { new { indicator = "PRV.HOUSEHOLDS", value = 9000 } } }));
        await Problems.AssertOkAsync(await officer.PostAsync($"{url}/submit", null));
        await Problems.AssertFieldErrorAsync(await officer.PutAsJsonAsync($"{url}/entries", new { entries = new object[] { new { indicator = "PRV.HOUSEHOLDS", value = 9100 } } }),
            HttpStatusCode.UnprocessableEntity, "state", "cannot be edited");
        var returned = await Problems.AssertOkAsync(await analyst.PostAsJsonAsync($"{url}/return", new { text = "Đề nghị kiểm tra lại số thành viên" }));
        await Problems.AssertOkAsync(await officer.PutAsJsonAsync($"{url}/entries", new { entries = new object[] { new { indicator = "PRV.HOUSEHOLDS", value = 9100 } } }));
        await Problems.AssertOkAsync(await officer.PostAsync($"{url}/submit", null));
        var accepted = await Problems.AssertOkAsync(await analyst.PostAsync($"{url}/accept", null));
        var locked = await officer.PutAsJsonAsync($"{url}/entries", new { entries = new object[] { new { indicator = "PRV.HOUSEHOLDS", value = 1 } } });
        await Problems.AssertOkAsync(await officer.PostAsJsonAsync($"{url}/reopen", new { text = "Bổ sung số liệu phường Hoàn Kiếm" }));
        await Problems.AssertOkAsync(await officer.PutAsJsonAsync($"{url}/entries", new { entries = new object[] { new { indicator = "PRV.HOUSEHOLDS", value = 9150 } } }));
        await Problems.AssertOkAsync(await officer.PostAsync($"{url}/submit", null));
        await Problems.AssertOkAsync(await analyst.PostAsync($"{url}/accept", null));
        var history = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/values/PRV.HOUSEHOLDS/P01/2025Q3/history");
        var round = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/rounds/R-FLOW");

        Assert.Equal(2, form.GetProperty("lines").GetArrayLength());
        Assert.Equal(("Returned", "Đề nghị kiểm tra lại số thành viên"), (returned.GetProperty("state").GetString(), returned.GetProperty("reviewComment").GetString()));
        Assert.Equal("Accepted", accepted.GetProperty("state").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, locked.StatusCode);
        var changes = history.EnumerateArray().ToList();
        Assert.Equal([9100m, 9150m], changes.Select(c => c.GetProperty("newValue").GetDecimal()));
        Assert.Equal("Sửa đổi lần 2: Bổ sung số liệu phường Hoàn Kiếm", changes[1].GetProperty("comment").GetString());
        Assert.Equal((34, 1, 33), (round.GetProperty("units").GetInt32(), round.GetProperty("onTime").GetInt32(), round.GetProperty("notSubmitted").GetInt32()));
    }

    [Fact]
    public async Task An_officer_cannot_see_or_touch_another_provinces_report()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var other = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P22"));
        await OpenAsync(analyst, "R-PRIVATE", "2024Q3");
        const string url = "/api/v1/rounds/R-PRIVATE/reports/P01";

        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PutAsJsonAsync($"{url}/entries", new { entries = new object[] { new { indicator = "PRV.MOBILE_SUBSCRIBERS", value = 1 } } })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.PostAsync($"{url}/submit", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.PostAsync($"{url}/accept", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync("/api/v1/rounds/R-PRIVATE")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Client().GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Entries_are_checked_and_a_large_jump_needs_a_comment()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        await analyst.PutAsJsonAsync("/api/v1/values/PRV.MOBILE_SUBSCRIBERS/P22/2024Q1", new { value = 1000 });
        await OpenAsync(analyst, "R-CHECKS", "2024Q2");
        const string url = "/api/v1/rounds/R-CHECKS/reports/P22/entries";

        await Problems.AssertFieldErrorAsync(await analyst.PutAsJsonAsync(url, new { entries = new object[] { new { indicator = "PRV.MOBILE_SUBSCRIBERS", value = -5 } } }),
            HttpStatusCode.BadRequest, "entries[0].value", "below the minimum 0");
        await Problems.AssertFieldErrorAsync(await analyst.PutAsJsonAsync(url, new { entries = new object[] { new { indicator = "PRV.MOBILE_SUBSCRIBERS", value = 5000 } } }),
            HttpStatusCode.BadRequest, "entries[0].comment", "explain it in a comment");
        await Problems.AssertFieldErrorAsync(await analyst.PutAsJsonAsync(url, new { entries = new object[] { new { indicator = "PRV.FIBRE_HOUSEHOLDS_RATE", value = 5 } } }),
            HttpStatusCode.BadRequest, "entries[0].indicator", "not asked for");
        Assert.Equal(HttpStatusCode.OK, (await analyst.PutAsJsonAsync(url, new { entries = new object[] { new { indicator = "PRV.MOBILE_SUBSCRIBERS", value = 5000, comment = "Thành lập thêm tổ ở các thôn mới" } } })).StatusCode);
    }

    [Theory]
    [InlineData("""{"code":"R1","titleVi":"x","period":"2025Q3","level":"Province","dueOn":"2025-10-15","indicators":["NOPE"]}""", 422, "indicators[0]")]
    [InlineData("""{"code":"R2","titleVi":"x","period":"2025M07","level":"Province","dueOn":"2025-10-15","indicators":["PRV.MOBILE_SUBSCRIBERS"]}""", 422, "indicators[0]")]
    [InlineData("""{"code":"R3","titleVi":"x","period":"2025Q3","level":"Ministry","dueOn":"2025-10-15","indicators":["PRV.MOBILE_SUBSCRIBERS"]}""", 422, "indicators[0]")]
    [InlineData("""{"code":"bad code","titleVi":"x","period":"2025Q3","level":"Province","dueOn":"2025-10-15","indicators":["PRV.MOBILE_SUBSCRIBERS"]}""", 422, "code")]
    [InlineData("""{"code":"R5","titleVi":"x","period":"2025Q3","level":"Province","dueOn":"someday","indicators":["PRV.MOBILE_SUBSCRIBERS"]}""", 400, "dueOn")]
    [InlineData("""{"code":"R6","titleVi":"x","period":"2025Q3","level":"Province","dueOn":"2025-10-15","indicators":[]}""", 400, "indicators")]
    public async Task A_round_with_bad_input_is_refused_naming_the_field(string json, int status, string field)
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));

        var response = await analyst.PostAsync("/api/v1/rounds", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        var problem = await Problems.AssertProblemAsync(response, (HttpStatusCode)status);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task The_form_gives_each_value_its_allowed_range_so_the_browser_checks_as_the_officer_types()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        await Rounds.OpenAsync(analyst, "R-RANGE", new[] { "PRV.FIBRE_HOUSEHOLDS_RATE", "PRV.MOBILE_SUBSCRIBERS" }, period: "2024Q1", titleVi: "Hạ tầng số");

        var form = await Problems.AssertOkAsync(await analyst.GetAsync("/api/v1/rounds/R-RANGE/reports/P01"));

        var lines = form.GetProperty("lines").EnumerateArray().ToDictionary(l => l.GetProperty("indicator").GetString()!);
        Assert.Equal((0m, 100m), (lines["PRV.FIBRE_HOUSEHOLDS_RATE"].GetProperty("minimum").GetDecimal(), lines["PRV.FIBRE_HOUSEHOLDS_RATE"].GetProperty("maximum").GetDecimal()));
        Assert.Equal(JsonValueKind.Null, lines["PRV.MOBILE_SUBSCRIBERS"].GetProperty("maximum").ValueKind);
    }
}
