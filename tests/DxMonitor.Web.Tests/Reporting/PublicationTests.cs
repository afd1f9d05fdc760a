using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Reporting;

/// <summary>The public sees published data only: accepted values stay internal until an analyst publishes them.</summary>
public sealed class PublicationTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private const string Value = "/api/v1/values/PRV.MOBILE_SUBSCRIBERS/P01/2025Q3";
    private const string Rollup = "/api/v1/rollups/PRV.MOBILE_SUBSCRIBERS/2025Q3?asOf=2025-09-30";

    private static async Task<decimal?> ValueSeenBy(HttpClient client) =>
        (await Problems.AssertOkAsync(await client.GetAsync(Value))).GetProperty("value") is { ValueKind: JsonValueKind.Number } v ? v.GetDecimal() : null;

    private static async Task<double?> RollupSeenBy(HttpClient client)
    {
        var rollup = await Problems.AssertOkAsync(await client.GetAsync(Rollup));
        var hanoi = rollup.GetProperty("units").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == "P01");
        return hanoi.GetProperty("value") is { ValueKind: JsonValueKind.Number } v ? v.GetDouble() : null;
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Accepted_values_become_public_only_when_published_and_a_later_correction_only_when_published_again(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "chuyen.vien.cong.bo"));
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "so.khcn.ha.noi"));
        var leader = app.Client(await app.TokenForAsync(Role.Leader));
        var visitor = app.Client();
        await Rounds.OpenAsync(analyst, "R-PUBLISH", new[] { "PRV.MOBILE_SUBSCRIBERS" });
        const string report = "/api/v1/rounds/R-PUBLISH/reports/P01";
        await Problems.AssertOkAsync(await officer.PutAsJsonAsync($"{report}/entries", new { entries = new object[] { new { indicator = "PRV.MOBILE_SUBSCRIBERS", value = 1200 } } }));
        await Problems.AssertOkAsync(await officer.PostAsync($"{report}/submit", null));
        await Problems.AssertOkAsync(await analyst.PostAsync($"{report}/accept", null));
        await Eventually.MatchAsync(() => RollupSeenBy(leader), v => v == 1200, "the accepted value in the staff roll-up");

        var beforePublication = (Value: await ValueSeenBy(visitor), Rollup: await RollupSeenBy(visitor), Staff: await ValueSeenBy(leader));
        var publicList = await Problems.AssertOkAsync(await visitor.GetAsync("/api/v1/values?indicator=PRV.MOBILE_SUBSCRIBERS&unit=P01"));
        var publicExport = await (await visitor.GetAsync("/api/v1/values/export.csv?indicator=PRV.MOBILE_SUBSCRIBERS&unit=P01")).Content.ReadAsStringAsync();
        var published = await Problems.AssertOkAsync(await analyst.PostAsync($"{report}/publish", null));
        await Eventually.MatchAsync(() => RollupSeenBy(visitor), v => v == 1200, "the published value in the public roll-up");
        var afterPublication = await ValueSeenBy(visitor);

        await Problems.AssertOkAsync(await officer.PostAsJsonAsync($"{report}/reopen", new { text = "Bổ sung tổ của phường Hoàn Kiếm" }));
        await Problems.AssertOkAsync(await officer.PutAsJsonAsync($"{report}/entries", new { entries = new object[] { new { indicator = "PRV.MOBILE_SUBSCRIBERS", value = 1250 } } }));
        await Problems.AssertOkAsync(await officer.PostAsync($"{report}/submit", null));
        await Problems.AssertOkAsync(await analyst.PostAsync($"{report}/accept", null));
        await Eventually.MatchAsync(() => RollupSeenBy(leader), v => v == 1250, "the correction in the staff roll-up");
        var correctionUnpublished = (Value: await ValueSeenBy(visitor), Rollup: await RollupSeenBy(visitor), Staff: await ValueSeenBy(leader));
        await Problems.AssertOkAsync(await analyst.PostAsync($"{report}/publish", null));
        await Eventually.MatchAsync(() => RollupSeenBy(visitor), v => v == 1250, "the published correction in the public roll-up");
        var history = (await Problems.AssertOkAsync(await analyst.GetAsync($"{Value}/history"))).EnumerateArray()
            .Select(c => (c.GetProperty("kind").GetString(), c.GetProperty("newValue").GetDecimal())).ToList();

        Assert.Equal((null, null, 1200m), (beforePublication.Value, beforePublication.Rollup, beforePublication.Staff));
        Assert.Equal(0, publicList.GetProperty("total").GetInt32());
        Assert.DoesNotContain("1200", publicExport, StringComparison.Ordinal);
        Assert.Equal("Published", published.GetProperty("state").GetString());
        Assert.Equal(1200m, afterPublication);
        Assert.Equal((1200m, 1200d, 1250m), (correctionUnpublished.Value, correctionUnpublished.Rollup, correctionUnpublished.Staff));
        Assert.Equal([("Created", 1200m), ("Published", 1200m), ("Updated", 1250m), ("Published", 1250m)], history);
        Assert.Equal(HttpStatusCode.Unauthorized, (await visitor.GetAsync($"{Value}/history")).StatusCode);
    }

    [Fact]
    public async Task A_derived_figure_waits_for_an_analyst_to_publish_it_while_a_national_write_is_public_at_once()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P22"));
        var visitor = app.Client();
        var quarter = Registries.RegistriesApiTests.Quarter;
        var own = $"/api/v1/values/PRV.DEAD_ZONES/P22/{quarter}";
        const string national = "/api/v1/values/PRV.HOUSEHOLDS/P01/2025Q2";

        await Problems.AssertOkAsync(await officer.PostAsJsonAsync("/api/v1/registries/dead-zones",
            new { unit = "P22", name = "Bản Nà Khương", fields = new { commune = "Xã Phong Thổ", since = "2024-03-01" } }));
        await Problems.AssertOkAsync(await analyst.PutAsJsonAsync(national, new { value = 1234 }));
        var staffSee = (await Problems.AssertOkAsync(await analyst.GetAsync(own))).GetProperty("value").GetDecimal();
        var beforePublication = (await Problems.AssertOkAsync(await visitor.GetAsync(own))).GetProperty("value").ValueKind;
        var nationalSeen = (await Problems.AssertOkAsync(await visitor.GetAsync(national))).GetProperty("value").GetDecimal();
        await Problems.AssertFieldErrorAsync(await analyst.PostAsJsonAsync("/api/v1/values/publish", new { unit = "P22", period = quarter, indicators = new[] { "NOPE" } }),
            HttpStatusCode.UnprocessableEntity, "indicators[0]", "NOPE");
        var forbidden = await officer.PostAsJsonAsync("/api/v1/values/publish", new { unit = "P22", period = quarter });
        var result = await Problems.AssertOkAsync(await analyst.PostAsJsonAsync("/api/v1/values/publish", new { unit = "P22", period = quarter, indicators = new[] { "PRV.DEAD_ZONES" } }));
        var again = await Problems.AssertOkAsync(await analyst.PostAsJsonAsync("/api/v1/values/publish", new { unit = "P22", period = quarter, indicators = new[] { "PRV.DEAD_ZONES" } }));

        Assert.Equal(1m, staffSee);
        Assert.Equal(JsonValueKind.Null, beforePublication);
        Assert.Equal(1234m, nationalSeen);
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal((1, 0), (result.GetProperty("published").GetInt32(), again.GetProperty("published").GetInt32()));
        Assert.Equal(1m, (await Problems.AssertOkAsync(await visitor.GetAsync(own))).GetProperty("value").GetDecimal());
    }
}
