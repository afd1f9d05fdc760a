using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Methodologies;

/// <summary>Figures that give the provincial index of 2024 a ranking, and the methodology as the API edits it.</summary>
internal static class MethodologyData
{
    public const string Provincial = "/api/v1/indexes/DTI-PRV/methodologies";

    /// <summary>Two provinces' smartphone rates for 2024: P01 ahead of P46.</summary>
    public static async Task ReportSmartphonesAsync(HttpClient analyst) =>
        await Problems.AssertOkAsync(await analyst.PostAsJsonAsync("/api/v1/values/batch", new
        {
            values = new[]
            {
                new { indicator = "PRV.SMARTPHONE_HOUSEHOLDS_RATE", unit = "P01", period = "2024Q4", value = 91m },
                new { indicator = "PRV.SMARTPHONE_HOUSEHOLDS_RATE", unit = "P46", period = "2024Q4", value = 62m },
                new { indicator = "PRV.FIBRE_HOUSEHOLDS_RATE", unit = "P01", period = "2024Q4", value = 70m },
                new { indicator = "PRV.FIBRE_HOUSEHOLDS_RATE", unit = "P46", period = "2024Q4", value = 88m },
            },
        }));

    public static async Task<JsonObject> GetAsync(HttpClient client, int year, int? version = null) =>
        JsonNode.Parse((await Problems.AssertOkAsync(await client.GetAsync($"{Provincial}/{year}" + (version is { } v ? $"?version={v}" : "")))).GetRawText())!.AsObject();

    /// <summary>The editable part of a methodology as GET gives it: what PUT takes.</summary>
    public static JsonObject Request(JsonObject methodology)
    {
        var request = new JsonObject();
        foreach (var field in new[] { "nameVi", "nameEn", "maxScore", "missing", "pillars", "peerGroups", "source" })
        {
            request[field] = methodology[field]?.DeepClone();
        }
        return request;
    }

    public static JsonObject Pillar(JsonObject methodology, string code) =>
        methodology["pillars"]!.AsArray().Select(p => p!.AsObject()).Single(p => (string?)p["code"] == code);

    public static async Task<JsonElement> RankingAsync(HttpClient client, int year) =>
        await Problems.AssertOkAsync(await client.GetAsync($"/api/v1/rankings/DTI-PRV/{year}"));

    /// <summary>Waits until the year's ranking exists and satisfies <paramref name="done"/> (the engines apply writes in the background).</summary>
    public static async Task<JsonElement> RankingWhenAsync(HttpClient client, int year, Func<JsonElement, bool> done, string what, int seconds = 10)
    {
        var ranking = await Eventually.MatchAsync(async () =>
        {
            var response = await client.GetAsync($"/api/v1/rankings/DTI-PRV/{year}");
            return response.IsSuccessStatusCode ? JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone() : (JsonElement?)null;
        }, r => r is { } found && done(found), what, seconds);
        return ranking!.Value; // matched: not null
    }

    public static double Score(JsonElement ranking, string unit) =>
        ranking.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("unit").GetString() == unit).GetProperty("score").GetDouble();
}
