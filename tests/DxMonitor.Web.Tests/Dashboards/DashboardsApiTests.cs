using System.Net;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Dashboards;

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

    [Fact]
    public async Task A_merged_province_is_ranked_against_its_predecessors_combined_the_year_before()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await DashboardData.SeedAsync(app);

        using var json = JsonDocument.Parse(await app.Client().GetStringAsync($"/api/v1/dashboards/rankings/{DashboardData.Indicator}/2025"));
        var rows = json.RootElement.GetProperty("rows").EnumerateArray().ToList();

        Assert.Equal(34, rows.Count);
        Assert.All(rows, r => Assert.Equal(JsonValueKind.Number, r.GetProperty("previous").ValueKind)); // 2024 through the merger
        var hanoi = rows.Single(r => r.GetProperty("unit").GetString() == "P01");
        Assert.Equal(hanoi.GetProperty("value").GetDouble() - 91, hanoi.GetProperty("change").GetDouble(), 6);
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

        Assert.Contains("code", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
