using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Indicators;

public sealed class IndicatorsApiTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_catalogue_filters_by_reporting_level_and_searches_Vietnamese_names(DatabaseProvider provider)
    {
        var client = (await apps.GetAsync(provider)).Client();

        var ministries = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators?level=Ministry&pageSize=500");
        var fibre = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators?search=cap%20quang");

        Assert.All(ministries.GetProperty("items").EnumerateArray(),
            i => Assert.Contains("Ministry", i.GetProperty("reportingLevels").EnumerateArray().Select(l => l.GetString())));
        Assert.Contains(fibre.GetProperty("items").EnumerateArray(), i => i.GetProperty("code").GetString() == "PRV.FIBRE_HOUSEHOLDS_RATE");
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_indicator_shows_its_rules_and_its_weight(DatabaseProvider provider)
    {
        var client = (await apps.GetAsync(provider)).Client();

        var fibre = await client.GetFromJsonAsync<JsonElement>("/api/v1/indicators/PRV.FIBRE_HOUSEHOLDS_RATE");

        Assert.Equal("WeightedAverage", fibre.GetProperty("aggregation").GetString());
        Assert.Equal("PRV.HOUSEHOLDS", fibre.GetProperty("weightIndicator").GetString());
        Assert.Equal("Percentage", fibre.GetProperty("valueType").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Targets_list_by_indicator_with_deadline_and_legal_source(DatabaseProvider provider)
    {
        var client = (await apps.GetAsync(provider)).Client();

        var targets = await client.GetFromJsonAsync<JsonElement>("/api/v1/targets?indicator=PRV.ONLINE_DOSSIER_RATE");

        Assert.Contains(targets.GetProperty("items").EnumerateArray(), t =>
            t.GetProperty("value").GetDecimal() == 95m && t.GetProperty("deadline").GetString() == "2025-12-31");
    }

    [Fact]
    public async Task Unknown_codes_are_answered_clearly()
    {
        var client = (await apps.GetAsync(DatabaseProvider.Sqlite)).Client();

        await Problems.AssertProblemAsync(await client.GetAsync("/api/v1/indicators/NOPE"), HttpStatusCode.NotFound);
        await Problems.AssertFieldErrorAsync(await client.GetAsync("/api/v1/targets?indicator=NOPE"),
            HttpStatusCode.UnprocessableEntity, "indicator", "Không có chỉ tiêu nào mang mã 'NOPE'");
        await Problems.AssertFieldErrorAsync(await client.GetAsync("/api/v1/indicators?periodType=Week"),
            HttpStatusCode.UnprocessableEntity, "periodType", "không phải một trong các giá trị");
        await Problems.AssertProblemAsync(await client.GetAsync("/api/v1/targets/999999"), HttpStatusCode.NotFound);
    }
}
