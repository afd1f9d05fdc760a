using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Dashboards;

public sealed class MapBoundaryFilesTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Theory]
    [InlineData("vn-provinces-63.json", "2025-06-30")]
    [InlineData("vn-provinces-34.json", "2025-07-01")]
    public async Task Each_boundary_file_has_one_feature_per_province_of_its_day_keyed_by_our_code(string file, string day)
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var provinces = await DashboardData.ProvincesAsync(app.Client(), day);

        using var response = await app.Client().GetAsync($"/maps/{file}");
        response.EnsureSuccessStatusCode();
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var features = json.RootElement.GetProperty("features").EnumerateArray().ToList();

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(provinces.Order(StringComparer.Ordinal), features.Select(f => f.GetProperty("id").GetString()).Order(StringComparer.Ordinal));
        Assert.All(features, f => Assert.Contains(f.GetProperty("geometry").GetProperty("type").GetString(), new[] { "Polygon", "MultiPolygon" }));
        Assert.True(response.Content.Headers.ContentLength is null or < 300_000, "small enough to load fast");
    }

    [Fact]
    public async Task The_vendored_chart_library_is_served_from_the_site_and_ships_with_its_licences()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var wwwroot = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Artifacts.Folder))!, "src", "DxMonitor.Web", "wwwroot"); // artifacts/test-output is two below the root

        using var script = await app.Client().GetAsync("/lib/echarts/echarts.min.js");

        script.EnsureSuccessStatusCode();
        Assert.Contains("Apache License", await File.ReadAllTextAsync(Path.Combine(wwwroot, "lib", "echarts", "LICENSE")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(wwwroot, "lib", "echarts", "NOTICE")));
        Assert.Contains("public domain", await File.ReadAllTextAsync(Path.Combine(wwwroot, "maps", "SOURCE.md")), StringComparison.Ordinal);
    }
}
