using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Dashboards;

/// <summary>
/// Reports the smartphone-household rate of every province: the 63 for 2023Q4 and 2024Q4, the 34 for 2025Q4 (Hà Nội 80
/// then 91), through the API like any analyst, waits until the engine has ranked 2024 and publishes that ranking.
/// </summary>
internal static class DashboardData
{
    public const string Indicator = "PRV.SMARTPHONE_HOUSEHOLDS_RATE";

    public static async Task SeedAsync(TestApp app)
    {
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var before = await ProvincesAsync(analyst, "2025-06-30");
        var after = await ProvincesAsync(analyst, "2025-07-01");
        var values = new List<object>();
        for (var i = 0; i < before.Count; i++)
        {
            values.Add(Row(before[i], "2023Q4", before[i] == "P01" ? 80m : 40m + i % 30));
            values.Add(Row(before[i], "2024Q4", before[i] == "P01" ? 91m : 45m + i % 40));
        }
        values.AddRange(after.Select((code, i) => Row(code, "2025Q4", 60m + i)));
        var response = await analyst.PostAsJsonAsync("/api/v1/values/batch", new { values });
        response.EnsureSuccessStatusCode();
        await Eventually.MatchAsync(() => analyst.GetStringAsync($"/api/v1/rollups/{Indicator}/2025Q4?level=Province"), AllHaveValues,
            "every province's 2025Q4 value in the engine");
        await Eventually.MatchAsync(() => analyst.GetAsync("/api/v1/rankings/DTI-PRV/2024"), r => r.IsSuccessStatusCode, "the 2024 ranking");
        await Problems.AssertOkAsync(await analyst.PostAsync("/api/v1/rankings/DTI-PRV/2024/publish", null));
    }

    private static bool AllHaveValues(string rollup)
    {
        using var json = JsonDocument.Parse(rollup);
        var units = json.RootElement.GetProperty("units").EnumerateArray().ToList();
        return units.Count == 34 && units.All(u => u.GetProperty("value").ValueKind == JsonValueKind.Number);
    }

    private static object Row(string unit, string period, decimal value) => new { indicator = Indicator, unit, period, value };

    public static async Task<List<string>> ProvincesAsync(HttpClient client, string asOf)
    {
        using var json = JsonDocument.Parse(await client.GetStringAsync($"/api/v1/units?asOf={asOf}&level=Province&pageSize=100"));
        return [.. json.RootElement.GetProperty("items").EnumerateArray().Select(u => u.GetProperty("code").GetString() ?? "")];
    }
}
