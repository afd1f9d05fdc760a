using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Hosting;

public sealed class HostingTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Fact]
    public async Task Health_reports_the_database_healthy()
    {
        var response = await (await apps.GetAsync(DatabaseProvider.Sqlite)).Client().GetAsync("/health");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_route_and_is_saved()
    {
        var client = (await apps.GetAsync(DatabaseProvider.Sqlite)).Client();

        var text = await client.GetStringAsync("/openapi/v1.json");

        var paths = JsonDocument.Parse(text).RootElement.GetProperty("paths");
        foreach (var path in new[] { "/api/v1/units", "/api/v1/units/hierarchy", "/api/v1/periods/{code}", "/api/v1/indicators",
                     "/api/v1/targets", "/api/v1/values/batch", "/api/v1/values/{indicator}/{unit}/{period}/history" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"OpenAPI lacks {path}");
        }
        Directory.CreateDirectory(Artifacts.Folder);
        await File.WriteAllTextAsync(Path.Combine(Artifacts.Folder, "openapi-v1.json"), text);
    }

    [Fact]
    public async Task An_unknown_route_answers_a_problem()
    {
        var response = await (await apps.GetAsync(DatabaseProvider.Sqlite)).Client().GetAsync("/api/v1/nothing-here");
        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Vietnamese_text_arrives_intact_in_json()
    {
        var unit = await (await apps.GetAsync(DatabaseProvider.Sqlite)).Client().GetFromJsonAsync<JsonElement>("/api/v1/units/P66");
        Assert.Equal("Tỉnh Đắk Lắk", unit.GetProperty("unit").GetProperty("nameVi").GetString());
    }
}
