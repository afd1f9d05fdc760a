using System.Net.Http.Json;
using System.Text.Json;

namespace DxMonitor.Web.Tests.Operations;

/// <summary>One value written and read through the product's API, to find in a backup.</summary>
public static class Backups
{
    public const string Indicator = "PRV.MOBILE_SUBSCRIBERS";
    public const string Unit = "P01";
    public const string Period = "2023Q4";

    public static async Task WriteAsync(HttpClient client, decimal value)
    {
        var response = await client.PostAsJsonAsync("/api/v1/values/batch", new { values = new[] { new { indicator = Indicator, unit = Unit, period = Period, value } } });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    public static async Task<decimal?> ReadAsync(HttpClient client)
    {
        var response = await client.GetAsync($"/api/v1/values/{Indicator}/{Unit}/{Period}");
        response.EnsureSuccessStatusCode();
        var value = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value");
        return value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;
    }

    /// <summary>A path in the temporary folder that no file has yet.</summary>
    public static string NewFile(string extension) => Path.Combine(Path.GetTempPath(), $"dxmonitor-backup-{Guid.NewGuid():N}.{extension}");
}
