using System.Net.Http.Json;

namespace DxMonitor.Web.Tests.Infrastructure;

/// <summary>Reporting rounds as the tests need them: opened through the API by an analyst.</summary>
public static class Rounds
{
    /// <summary>Opens a round for the provinces; the test fails if the API refuses it.</summary>
    public static async Task OpenAsync(HttpClient analyst, string code, string[] indicators,
        string period = "2025Q3", string dueOn = "2099-10-15", string titleVi = "Báo cáo quý III/2025") =>
        await Problems.AssertOkAsync(await analyst.PostAsJsonAsync("/api/v1/rounds",
            new { code, titleVi, period, level = "Province", dueOn, indicators }));
}
