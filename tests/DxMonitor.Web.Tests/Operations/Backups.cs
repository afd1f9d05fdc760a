using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace DxMonitor.Web.Tests.Operations;

/// <summary>One value written and read through the product's API, to find in a backup.</summary>
public static class Backups
{
    public const string Indicator = "PRV.EGOV_ARCH_V2";
    public const string Unit = "P01";
    public const string Period = "2025Q4";

    public static async Task WriteAsync(HttpClient client, decimal value) =>
        (await client.PostAsJsonAsync("/api/v1/values/batch", new { values = new[] { new { indicator = Indicator, unit = Unit, period = Period, value } } }))
            .EnsureSuccessStatusCode();

    public static async Task<decimal?> ReadAsync(HttpClient client)
    {
        var response = await client.GetAsync($"/api/v1/values/{Indicator}/{Unit}/{Period}");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("value").GetDecimal();
    }

    /// <summary>A path in the temporary folder that no file has yet.</summary>
    public static string NewFile(string extension) => Path.Combine(Path.GetTempPath(), $"dxmonitor-backup-{Guid.NewGuid():N}.{extension}");
}
