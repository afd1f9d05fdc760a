using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Monitoring;

/// <summary>
/// A ranking is official only once an analyst publishes it: before that the public does not see it (API, map) and
/// staff see it provisional; a partial ranking stays marked so, and the public never reads a score built on missing
/// inputs. Roll-ups say how many units they cover.
/// </summary>
public sealed class RankingPublicationTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_public_sees_a_ranking_only_once_published_and_never_a_score_built_on_missing_inputs(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "xep.hang"));
        var visitor = app.Client();
        await Problems.AssertOkAsync(await analyst.PostAsJsonAsync("/api/v1/values/batch", new
        {
            values = new[]
            {
                new { indicator = "PRV.SMARTPHONE_HOUSEHOLDS_RATE", unit = "P01", period = "2024Q4", value = 91m },
                new { indicator = "PRV.SMARTPHONE_HOUSEHOLDS_RATE", unit = "P46", period = "2024Q4", value = 62m },
            },
        }));
        var staff = await Eventually.MatchAsync(() => analyst.GetAsync("/api/v1/rankings/DTI-PRV/2024"), r => r.IsSuccessStatusCode, "the 2024 ranking");
        var provisional = await staff.Content.ReadFromJsonAsync<JsonElement>();
        var hidden = await visitor.GetAsync("/api/v1/rankings/DTI-PRV/2024");
        var hiddenMap = await Problems.AssertOkAsync(await visitor.GetAsync("/api/v1/dashboards/map/DTI-PRV/2024Q4"));
        var byOfficer = await app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01")).PostAsync("/api/v1/rankings/DTI-PRV/2024/publish", null);

        var published = await Problems.AssertOkAsync(await analyst.PostAsync("/api/v1/rankings/DTI-PRV/2024/publish", null));
        var seen = await Problems.AssertOkAsync(await visitor.GetAsync("/api/v1/rankings/DTI-PRV/2024"));
        var seenMap = await Problems.AssertOkAsync(await visitor.GetAsync("/api/v1/dashboards/map/DTI-PRV/2024Q4"));
        var audit = await app.QueryAsync(db => Task.FromResult(db.RecordChanges.Count(c => c.Subject == "ranking/DTI-PRV/2024")));

        Assert.Equal((false, true), (provisional.GetProperty("published").GetBoolean(), provisional.GetProperty("provisional").GetBoolean()));
        Assert.Equal(63, provisional.GetProperty("peers").GetInt32());
        Assert.True(provisional.GetProperty("complete").GetInt32() < 63);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.All(hiddenMap.GetProperty("areas").EnumerateArray(), a => Assert.Equal(JsonValueKind.Null, a.GetProperty("value").ValueKind));
        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode);
        Assert.Equal((true, true), (published.GetProperty("published").GetBoolean(), published.GetProperty("provisional").GetBoolean()));
        var rows = seen.GetProperty("rows").EnumerateArray().ToList();
        // Every province lacks some input of the index: the public reads no score at all, rather than a 0 or a partial sum.
        Assert.All(rows.Where(r => r.GetProperty("missing").GetInt32() > 0),
            r => Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (r.GetProperty("score").ValueKind, r.GetProperty("rank").ValueKind)));
        Assert.Equal(seen.GetProperty("complete").GetInt32(), rows.Count(r => r.GetProperty("score").ValueKind == JsonValueKind.Number));
        Assert.All(seenMap.GetProperty("areas").EnumerateArray(), a => Assert.Equal(JsonValueKind.Null, a.GetProperty("value").ValueKind));
        Assert.Equal(1, audit);
    }

    [Fact]
    public async Task A_rollup_says_how_many_units_it_covers_of_those_expected()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        await Problems.AssertOkAsync(await analyst.PutAsJsonAsync("/api/v1/values/PRV.HOUSEHOLDS/P01/2024Q4", new { value = 2_300_000 }));
        await Problems.AssertOkAsync(await analyst.PutAsJsonAsync("/api/v1/values/PRV.HOUSEHOLDS/P46/2024Q4", new { value = 300_000 }));

        var rollup = await Eventually.MatchAsync(
            async () => await analyst.GetFromJsonAsync<JsonElement>("/api/v1/rollups/PRV.HOUSEHOLDS/2024Q4?asOf=2024-12-31"),
            r => r.GetProperty("withValue").GetInt32() == 2, "both provinces in the roll-up");

        Assert.Equal((2, 63), (rollup.GetProperty("withValue").GetInt32(), rollup.GetProperty("expected").GetInt32()));
    }
}
