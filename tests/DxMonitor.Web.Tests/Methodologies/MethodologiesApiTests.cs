using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static DxMonitor.Web.Tests.Methodologies.MethodologyData;

namespace DxMonitor.Web.Tests.Methodologies;

/// <summary>
/// Analysts own the methodology: a year's is copied from the year before, edited, previewed and adopted through the
/// API, and the engines rank with it at once; the seed holds the product's index and the official DTI structures.
/// </summary>
public sealed class MethodologiesApiTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_seed_adopts_the_products_index_for_its_years_and_holds_the_official_structures_as_drafts(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));

        var versions = await Problems.AssertOkAsync(await analyst.GetAsync(Provincial));
        var decision922 = await GetAsync(analyst, 2022, 2);
        var ministries2025 = await GetAsync(analyst, 2025, 2);
        var ministries = JsonNode.Parse((await Problems.AssertOkAsync(await analyst.GetAsync("/api/v1/indexes/DTI-MIN/methodologies/2025?version=2"))).GetRawText())!;
        var national = await Problems.AssertOkAsync(await analyst.GetAsync("/api/v1/indexes/DTI-NAT/methodologies/2025"));

        Assert.Equal(6, versions.EnumerateArray().Count(v => v.GetProperty("status").GetString() == "Adopted"));
        Assert.Equal("Draft", (string?)decision922["status"]);
        Assert.Equal((8, 1000d, 95), (decision922["pillars"]!.AsArray().Count, (double)decision922["maxScore"]!, (int)decision922["components"]!));
        Assert.Equal(73, (int)decision922["awaitingData"]!); // 95 scored sub-indicators, 22 of them measured by the product
        Assert.Contains("922/QĐ-BTTTT", (string?)decision922["source"], StringComparison.Ordinal);
        Assert.Contains("Chưa đối chiếu được", (string?)ministries2025["source"], StringComparison.Ordinal);
        Assert.Equal(["PUBLIC_SERVICES", "NO_PUBLIC_SERVICES"], ministries["peerGroups"]!.AsArray().Select(g => (string?)g!["code"]));
        Assert.Equal(("Nation", "Draft"), (national.GetProperty("peerLevel").GetString(), national.GetProperty("status").GetString()));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_analyst_copies_last_years_methodology_edits_previews_and_adopts_it_and_the_ranking_follows_without_a_restart(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "phuong.phap"));
        await ReportSmartphonesAsync(analyst);
        var before = await RankingWhenAsync(analyst, 2024, r => Score(r, "P01") > 0 && Score(r, "P46") > 0, "the 2024 ranking with both provinces");

        var copy = await Problems.AssertOkAsync(await analyst.PostAsJsonAsync($"{Provincial}/2024", new { }));
        var draft = await GetAsync(analyst, 2024, 2);
        // Only the digital society's smartphones now count, and fibre is dropped from the infrastructure.
        foreach (var pillar in draft["pillars"]!.AsArray())
        {
            pillar!["weight"] = (string?)pillar["code"] == "DIGITAL_SOCIETY" ? 100 : 0.001;
        }
        var infrastructure = Pillar(draft, "INFRASTRUCTURE")["components"]!.AsArray();
        infrastructure.Remove(infrastructure.Single(c => (string?)c!["indicator"] == "PRV.FIBRE_HOUSEHOLDS_RATE"));
        var edited = await Problems.AssertOkAsync(await analyst.PutAsJsonAsync($"{Provincial}/2024?version=2", Request(draft)));
        var preview = await Problems.AssertOkAsync(await analyst.GetAsync($"{Provincial}/2024/preview?version=2"));
        var unchanged = await RankingAsync(analyst, 2024);

        var adopted = await Problems.AssertOkAsync(await analyst.PostAsync($"{Provincial}/2024/adopt?version=2", null));
        var after = await RankingWhenAsync(analyst, 2024, r => r.GetProperty("methodology").GetProperty("version").GetInt32() == 2, "the ranking with version 2");
        var history = await Problems.AssertOkAsync(await analyst.GetAsync(Provincial));
        var audited = await app.QueryAsync(db => db.RecordChanges.CountAsync(c => c.Subject == "methodology/DTI-PRV/2024/2"));

        Assert.Equal((2024, 2, "Draft"), (copy.GetProperty("year").GetInt32(), copy.GetProperty("version").GetInt32(), copy.GetProperty("status").GetString()));
        Assert.Contains("2023 v1", copy.GetProperty("source").GetString(), StringComparison.Ordinal); // copied from the year before
        Assert.NotEqual(copy.GetProperty("hash").GetString(), edited.GetProperty("hash").GetString());
        Assert.Equal(edited.GetProperty("hash").GetString(), preview.GetProperty("methodology").GetProperty("hash").GetString());
        Assert.Equal(1, unchanged.GetProperty("methodology").GetProperty("version").GetInt32()); // a draft ranks nothing
        Assert.Equal(Score(before, "P01"), Score(unchanged, "P01"), 9);
        Assert.Equal("Adopted", adopted.GetProperty("status").GetString());
        Assert.Equal(Score(preview, "P01"), Score(after, "P01"), 9); // the preview was the ranking adoption gives
        Assert.True(Score(after, "P01") > Score(after, "P46"));
        Assert.True(Score(before, "P01") != Score(after, "P01"));
        Assert.Equal("Superseded", history.EnumerateArray().Single(v => v.GetProperty("year").GetInt32() == 2024 && v.GetProperty("version").GetInt32() == 1)
            .GetProperty("status").GetString());
        Assert.True(audited >= 3, $"{audited} audit rows for the copy, the edit and the adoption");
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_published_ranking_stays_frozen_with_its_methodology_version_and_reproducible_after_later_edits(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        await ReportSmartphonesAsync(analyst);
        await Problems.AssertOkAsync(await analyst.PutAsJsonAsync("/api/v1/values/PRV.SMARTPHONE_HOUSEHOLDS_RATE/P01/2025Q4", new { value = 93 }));
        await RankingWhenAsync(analyst, 2024, r => Score(r, "P01") > 0 && Score(r, "P46") > 0, "the 2024 ranking with both provinces");
        var published = await Problems.AssertOkAsync(await analyst.PostAsync("/api/v1/rankings/DTI-PRV/2024/publish", null));
        var frozenWith = await app.QueryAsync(db => db.RankingPublications.SingleAsync(p => p.Index == "DTI-PRV" && p.Year == 2024));

        var editPublished = await analyst.PutAsJsonAsync($"{Provincial}/2024?version=1", Request(await GetAsync(analyst, 2024, 1)));
        await Problems.AssertOkAsync(await analyst.PostAsJsonAsync($"{Provincial}/2024", new { fromYear = 2024, fromVersion = 1 }));
        var adoptOverPublished = await analyst.PostAsync($"{Provincial}/2024/adopt?version=2", null);
        // The next year's methodology changes freely: copied, weighted otherwise, adopted.
        var next = await Problems.AssertOkAsync(await analyst.PostAsJsonAsync($"{Provincial}/2025", new { }));
        var nextVersion = next.GetProperty("version").GetInt32();
        var nextDraft = await GetAsync(analyst, 2025, nextVersion);
        Pillar(nextDraft, "DIGITAL_SOCIETY")["weight"] = 40;
        await Problems.AssertOkAsync(await analyst.PutAsJsonAsync($"{Provincial}/2025?version={nextVersion}", Request(nextDraft)));
        await Problems.AssertOkAsync(await analyst.PostAsync($"{Provincial}/2025/adopt?version={nextVersion}", null));
        await RankingWhenAsync(analyst, 2025, r => r.GetProperty("methodology").GetProperty("version").GetInt32() == nextVersion, "2025 ranked with the new version");

        var later = await RankingAsync(analyst, 2024);
        var recomputed = await Problems.AssertOkAsync(await analyst.GetAsync($"{Provincial}/2024/preview?version={frozenWith.MethodologyVersion}"));
        var version1 = await GetAsync(analyst, 2024, 1);

        var refusal = await Problems.AssertProblemAsync(editPublished, HttpStatusCode.Conflict);
        Assert.Contains("2024", refusal.GetProperty("detail").GetString(), StringComparison.Ordinal);
        await Problems.AssertProblemAsync(adoptOverPublished, HttpStatusCode.Conflict);
        Assert.Equal((1, published.GetProperty("methodology").GetProperty("hash").GetString()), (frozenWith.MethodologyVersion, frozenWith.MethodologyHash));
        Assert.Equal(frozenWith.MethodologyHash, later.GetProperty("methodology").GetProperty("hash").GetString());
        Assert.Equal(frozenWith.MethodologyHash, (string?)version1["hash"]);
        Assert.NotNull((string?)version1["frozenBecause"]);
        Assert.Equal(Rows(published), Rows(later));
        Assert.Equal(Rows(published), Rows(recomputed)); // recomputed with its version, it is the same ranking
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_bad_methodology_is_refused_naming_the_field_and_nothing_is_saved(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01"));
        var draft = await GetAsync(analyst, 2022, 2);
        var hash = (string?)draft["hash"];
        var awareness = Pillar(draft, "AWARENESS")["components"]!.AsArray();
        awareness[0]!["weight"] = -1;
        awareness.Add(new JsonObject { ["indicator"] = "PRV.NO_SUCH", ["weight"] = 1 });
        awareness.Add(new JsonObject { ["indicator"] = "MIN.DX_PLAN", ["weight"] = 1 });
        awareness.Add(new JsonObject { ["indicator"] = "PRV.DX_STEERING_COMMITTEE", ["weight"] = 1 });
        awareness.Add(new JsonObject { ["indicator"] = "PRV.CDT_MEMBERS", ["weight"] = 1, ["normalisation"] = "DistanceToTarget" });
        draft["maxScore"] = 0;

        var response = await analyst.PutAsJsonAsync($"{Provincial}/2022?version=2", Request(draft));
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        var byOfficer = await officer.PutAsJsonAsync($"{Provincial}/2022?version=2", Request(await GetAsync(analyst, 2022, 2)));
        var copyByOfficer = await officer.PostAsJsonAsync($"{Provincial}/2030", new { });
        var after = await GetAsync(analyst, 2022, 2);

        var errors = problem.GetProperty("errors");
        var at = $"pillars[0].components";
        Assert.True(errors.TryGetProperty($"{at}[0].weight", out _), errors.ToString());
        Assert.Contains("PRV.NO_SUCH", errors.GetProperty($"{at}[10].indicator")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("MIN.DX_PLAN", errors.GetProperty($"{at}[11].indicator")[0].GetString(), StringComparison.Ordinal);
        Assert.Contains("PRV.DX_STEERING_COMMITTEE", errors.GetProperty($"{at}[12].indicator")[0].GetString(), StringComparison.Ordinal);
        Assert.True(errors.TryGetProperty($"{at}[13].target", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("maxScore", out _), errors.ToString());
        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, copyByOfficer.StatusCode);
        Assert.Equal(hash, (string?)after["hash"]);
    }

    private static List<(string?, double?, int?)> Rows(JsonElement ranking) =>
        [.. ranking.GetProperty("rows").EnumerateArray().Select(r => (r.GetProperty("unit").GetString(),
            r.GetProperty("score").ValueKind == JsonValueKind.Number ? Math.Round(r.GetProperty("score").GetDouble(), 9) : (double?)null,
            r.GetProperty("rank").ValueKind == JsonValueKind.Number ? r.GetProperty("rank").GetInt32() : (int?)null))];
}
