using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Monitoring;

public sealed class MonitoringApiTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static object Value(string indicator, string unit, string period, decimal value) => new { indicator, unit, period, value };

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_accepted_report_shows_in_the_national_roll_up_within_seconds(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var client = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        await client.PostAsJsonAsync("/api/v1/values/batch", new
        {
            values = new[] { Value("PRV.EGOV_ARCH_V2", "P01", "2025Q4", 1), Value("PRV.EGOV_ARCH_V2", "P22", "2025Q4", 1), Value("PRV.EGOV_ARCH_V2", "P04", "2025Q4", 0) },
        });

        var rollup = await Eventually.MatchAsync(
            () => client.GetFromJsonAsync<JsonElement>("/api/v1/rollups/PRV.EGOV_ARCH_V2/2025Q4"),
            r => r.GetProperty("withValue").GetInt32() == 3, "three provinces in the roll-up");

        var total = rollup.GetProperty("total");
        Assert.Equal((2, 34), (total.GetProperty("value").GetInt32(), total.GetProperty("denominator").GetInt32()));
        Assert.Equal(34, rollup.GetProperty("units").GetArrayLength());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_roll_up_as_of_before_the_merger_lists_63_provinces(DatabaseProvider provider)
    {
        var client = (await apps.GetAsync(provider)).Client();

        var rollup = await client.GetFromJsonAsync<JsonElement>("/api/v1/rollups/PRV.DX_RESOLUTION/2022Q1?asOf=2022-03-31");

        Assert.Equal(63, rollup.GetProperty("units").GetArrayLength());
        Assert.Equal((48, 63), (rollup.GetProperty("total").GetProperty("value").GetInt32(), rollup.GetProperty("total").GetProperty("denominator").GetInt32()));
        Assert.Equal("Reported", rollup.GetProperty("total").GetProperty("source").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_province_short_of_a_passed_target_gets_a_missed_alert_routed_to_it_and_the_nation_only(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        await analyst.PostAsJsonAsync("/api/v1/values/batch", new
        {
            values = new[] { Value("PRV.FIBRE_HOUSEHOLDS_RATE", "P42", "2021Q4", 50), Value("PRV.FIBRE_HOUSEHOLDS_RATE", "P42", "2022Q4", 61) },
        });

        var inbox = await Eventually.MatchAsync(
            () => analyst.GetFromJsonAsync<JsonElement>("/api/v1/alerts?unit=P42&rule=DeadlineMissed"),
            r => r.GetProperty("total").GetInt32() > 0, "a missed-target alert for Hà Tĩnh");
        var national = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/alerts?unit=VN&rule=DeadlineMissed&pageSize=500");
        var other = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/alerts?unit=P01&rule=DeadlineMissed");
        var progress = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/progress?unit=P42&indicator=PRV.FIBRE_HOUSEHOLDS_RATE");

        var alert = inbox.GetProperty("items").EnumerateArray().First(a => a.GetProperty("indicator").GetString() == "PRV.FIBRE_HOUSEHOLDS_RATE");
        Assert.Equal(("Critical", "Firing"), (alert.GetProperty("severity").GetString(), alert.GetProperty("state").GetString()));
        Assert.Contains("Hà Tĩnh", alert.GetProperty("summaryVi").GetString(), StringComparison.Ordinal);
        Assert.Contains(national.GetProperty("items").EnumerateArray(), a => a.GetProperty("id").GetInt64() == alert.GetProperty("id").GetInt64());
        Assert.DoesNotContain(other.GetProperty("items").EnumerateArray(), a => a.GetProperty("unit").GetString() == "P42");
        Assert.Contains(progress.GetProperty("items").EnumerateArray(), p => p.GetProperty("status").GetString() == "Missed");
    }

    [Fact]
    public async Task Only_the_alerts_own_unit_or_a_national_user_can_acknowledge_it()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        await analyst.PostAsJsonAsync("/api/v1/values/batch", new
        {
            values = new[] { Value("PRV.SMARTPHONE_HOUSEHOLDS_RATE", "P38", "2021Q4", 60), Value("PRV.SMARTPHONE_HOUSEHOLDS_RATE", "P38", "2022Q4", 70) },
        });
        var inbox = await Eventually.MatchAsync(
            () => analyst.GetFromJsonAsync<JsonElement>("/api/v1/alerts?unit=P38&rule=DeadlineMissed"),
            r => r.GetProperty("total").GetInt32() > 0, "a missed-target alert for Thanh Hóa");
        var id = inbox.GetProperty("items")[0].GetProperty("id").GetInt64();

        var stranger = await app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01")).PostAsync($"/api/v1/alerts/{id}/acknowledge", null);
        var anonymous = await app.Client().PostAsync($"/api/v1/alerts/{id}/acknowledge", null);
        var own = await app.Client(await app.TokenForAsync(Role.UnitOfficer, "P38", user: "so.thanhhoa")).PostAsync($"/api/v1/alerts/{id}/acknowledge", null);

        await Problems.AssertProblemAsync(stranger, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        var acknowledged = await own.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Acknowledged", "so.thanhhoa"), (acknowledged.GetProperty("state").GetString(), acknowledged.GetProperty("acknowledgedBy").GetString()));
    }

    [Fact]
    public async Task A_ranking_explains_every_point_of_every_score()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        await analyst.PostAsJsonAsync("/api/v1/values/batch", new
        {
            values = new[]
            {
                Value("PRV.SMARTPHONE_HOUSEHOLDS_RATE", "P01", "2024Q4", 90), Value("PRV.SMARTPHONE_HOUSEHOLDS_RATE", "P46", "2024Q4", 45),
                Value("PRV.DX_RESOLUTION", "P01", "2024Q4", 1), Value("PRV.DX_RESOLUTION", "P46", "2024Q4", 1),
            },
        });

        var ranking = await Eventually.MatchAsync(
            () => analyst.GetAsync("/api/v1/rankings/DTI-PRV/2024"), r => r.StatusCode == HttpStatusCode.OK, "the 2024 provincial ranking");
        var rows = (await ranking.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rows").EnumerateArray().ToList();
        var hanoi = await analyst.GetFromJsonAsync<JsonElement>("/api/v1/rankings/DTI-PRV/2024/P01");

        Assert.Equal(63, rows.Count); // the peers of 2024 are the 63 provinces of that year
        Assert.Equal("P01", rows[0].GetProperty("unit").GetString());
        var points = hanoi.GetProperty("components").EnumerateArray().Sum(c => c.GetProperty("points").GetDouble());
        Assert.Equal(hanoi.GetProperty("score").GetDouble(), points, 1);
        Assert.Contains(hanoi.GetProperty("components").EnumerateArray(), c => c.GetProperty("indicator").GetString() == "PRV.SMARTPHONE_HOUSEHOLDS_RATE" && c.GetProperty("points").GetDouble() > 0);
    }

    [Theory]
    [InlineData("/api/v1/rollups/PRV.EGOV_ARCH_V2/2025M01", 422, "period")]
    [InlineData("/api/v1/rollups/PRV.EGOV_ARCH_V2/2025Q9", 422, "period")]
    [InlineData("/api/v1/rollups/PRV.EGOV_ARCH_V2/2025Q1?level=Galaxy", 422, "level")]
    [InlineData("/api/v1/rollups/NOPE/2025Q1", 404, null)]
    [InlineData("/api/v1/rollups/PRV.EGOV_ARCH_V2/2025Q1?parent=NOPE", 404, null)]
    [InlineData("/api/v1/alerts?state=Angry", 422, "state")]
    [InlineData("/api/v1/alerts?unit=NOPE", 422, "unit")]
    [InlineData("/api/v1/progress?status=Fast", 422, "status")]
    [InlineData("/api/v1/rankings/NOPE/2024", 404, null)]
    [InlineData("/api/v1/rankings/DTI-PRV/2024/NOPE", 404, null)]
    public async Task Bad_monitoring_queries_are_answered_clearly(string url, int status, string? field)
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var response = await app.Client(await app.TokenForAsync(Role.Leader)).GetAsync(url);
        var problem = await Problems.AssertProblemAsync(response, (HttpStatusCode)status);
        if (field is not null)
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
        }
    }
}
