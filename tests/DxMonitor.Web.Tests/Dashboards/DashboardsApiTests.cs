using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Tests.Dashboards;

[RunsLong]
public sealed class DashboardsApiTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite, "2024Q4", 63, "maps/vn-provinces-63.json")]
    [InlineData(DatabaseProvider.Postgres, "2025Q4", 34, "maps/vn-provinces-34.json")]
    public async Task The_map_lists_the_provinces_valid_at_the_periods_end_with_their_boundaries(
        DatabaseProvider provider, string period, int provinces, string boundaries)
    {
        var app = await apps.GetAsync(provider);
        await DashboardData.SeedAsync(app);

        using var json = JsonDocument.Parse(await app.Client().GetStringAsync($"/api/v1/dashboards/map/{DashboardData.Indicator}/{period}"));

        Assert.Equal(boundaries, json.RootElement.GetProperty("boundaries").GetString());
        var areas = json.RootElement.GetProperty("areas").EnumerateArray().ToList();
        Assert.Equal(provinces, areas.Count);
        Assert.All(areas, a => Assert.Equal(JsonValueKind.Number, a.GetProperty("value").ValueKind));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_provinces_commune_map_lists_its_communes_with_the_provinces_commune_boundaries(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var communes = await app.QueryAsync(db => db.Units.Where(u => u.Parent!.Code == "P56").Select(u => u.Code).ToListAsync());

        using var json = JsonDocument.Parse(await app.Client().GetStringAsync($"/api/v1/dashboards/map/{DashboardData.Indicator}/2025Q4?province=P56"));

        Assert.Equal("maps/communes/P56.json", json.RootElement.GetProperty("boundaries").GetString());
        Assert.Equal(communes.Order(StringComparer.Ordinal), json.RootElement.GetProperty("areas").EnumerateArray().Select(a => a.GetProperty("unit").GetString()).Order(StringComparer.Ordinal));
        Assert.Contains("C22736", communes); // Đặc khu Trường Sa
    }

    [Fact]
    public async Task A_merged_province_is_ranked_against_its_predecessors_combined_the_year_before()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var before = await DashboardData.ProvincesAsync(analyst, "2025-06-30");
        var after = await DashboardData.ProvincesAsync(analyst, "2025-07-01");
        var teams = before.Select((unit, i) => new { indicator = "PRV.MOBILE_SUBSCRIBERS", unit, period = "2024Q4", value = 100m + i })
            .Concat(after.Select(unit => new { indicator = "PRV.MOBILE_SUBSCRIBERS", unit, period = "2025Q4", value = 1000m }));
        (await analyst.PostAsJsonAsync("/api/v1/values/batch", new { values = teams })).EnsureSuccessStatusCode();

        var rows = await Eventually.MatchAsync(async () =>
        {
            using var json = JsonDocument.Parse(await analyst.GetStringAsync("/api/v1/dashboards/rankings/PRV.MOBILE_SUBSCRIBERS/2025"));
            return json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.Clone()).ToList();
        }, rows => rows.Count == 34 && rows.All(r => r.GetProperty("previous").ValueKind == JsonValueKind.Number), "every province ranked with its 2024");

        Assert.All(rows, r => Assert.Equal(1, r.GetProperty("rank").GetInt32())); // equal values share the first rank
        var tuyenQuang = rows.Single(r => r.GetProperty("unit").GetString() == "P08"); // Hà Giang and Tuyên Quang merged
        var expected = 200 + before.IndexOf("P02-2025") + before.IndexOf("P08-2025");
        Assert.Equal(expected, tuyenQuang.GetProperty("previous").GetDouble());
        Assert.Equal(1000 - expected, tuyenQuang.GetProperty("change").GetDouble());
    }

    [Fact]
    public async Task A_units_figures_say_where_each_value_comes_from()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await DashboardData.SeedAsync(app);

        using var json = JsonDocument.Parse(await app.Client().GetStringAsync("/api/v1/dashboards/units/P08"));

        Assert.Equal("VN", json.RootElement.GetProperty("ancestors")[0].GetProperty("code").GetString());
        var figure = json.RootElement.GetProperty("figures").EnumerateArray().Single(f => f.GetProperty("indicator").GetString() == DashboardData.Indicator);
        Assert.Equal("2025Q4", figure.GetProperty("period").GetString());
        Assert.Equal("Reported", figure.GetProperty("source").GetString());
    }

    [Theory]
    [InlineData("/api/v1/dashboards/map/PRV.ONLINE_DOSSIER_RATE/2024Q5", HttpStatusCode.UnprocessableEntity, "period")]
    [InlineData("/api/v1/dashboards/rankings/PRV.ONLINE_DOSSIER_RATE/2024?level=Commune%27--", HttpStatusCode.UnprocessableEntity, "level")]
    [InlineData("/api/v1/dashboards/rankings/PRV.ONLINE_DOSSIER_RATE/1200", HttpStatusCode.UnprocessableEntity, "year")]
    [InlineData("/api/v1/dashboards/map/PRV.ONLINE_DOSSIER_RATE/2025Q4?province=P02-2025", HttpStatusCode.UnprocessableEntity, "province")]
    [InlineData("/api/v1/dashboards/map/PRV.ONLINE_DOSSIER_RATE/2025Q4?province=C00004", HttpStatusCode.UnprocessableEntity, "province")]
    [InlineData("/api/v1/dashboards/map/PRV.ONLINE_DOSSIER_RATE/2024Q4?province=P01", HttpStatusCode.UnprocessableEntity, "period")]
    public async Task Bad_input_is_a_problem_naming_the_field(string path, HttpStatusCode status, string field)
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);

        await Problems.AssertFieldErrorAsync(await app.Client().GetAsync(path), status, field, "");
    }

    [Theory]
    [InlineData("/api/v1/dashboards/map/NO.SUCH%3Cscript%3E/2024Q4")]
    [InlineData("/api/v1/dashboards/rankings/%27%3B%20DROP%20TABLE%20units%3B--/2024")]
    [InlineData("/api/v1/dashboards/units/P99")]
    public async Task Unknown_codes_are_not_found(string path)
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);

        var problem = await Problems.AssertProblemAsync(await app.Client().GetAsync(path), HttpStatusCode.NotFound);

        Assert.Contains("mang mã", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
