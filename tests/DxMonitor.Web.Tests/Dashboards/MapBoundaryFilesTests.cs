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

    /// <summary>A map of Viet Nam published by a state body must show the Hoàng Sa and Trường Sa archipelagos.</summary>
    [Theory]
    [InlineData("vn-provinces-63.json", "P48-2025", "P56-2025")]
    [InlineData("vn-provinces-34.json", "P48", "P56")]
    public async Task Both_maps_show_Hoang_Sa_with_Da_Nang_and_Truong_Sa_with_Khanh_Hoa(string file, string daNang, string khanhHoa)
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        using var json = JsonDocument.Parse(await app.Client().GetStringAsync($"/maps/{file}"));
        var points = json.RootElement.GetProperty("features").EnumerateArray()
            .ToDictionary(f => f.GetProperty("id").GetString()!, f => Points(f.GetProperty("geometry").GetProperty("coordinates")).ToList());

        // Hoàng Sa: about 111.2-112.9° E, 15.7-17.1° N; Trường Sa: about 111.5-117.8° E, 6.5-11.5° N.
        Assert.Contains(points[daNang], p => p.Lon is > 111 and < 113 && p.Lat is > 15.5 and < 17.2);
        Assert.Contains(points[khanhHoa], p => p.Lon is > 113 and < 118 && p.Lat is > 6 and < 12);
        Assert.DoesNotContain(points.Where(f => f.Key != daNang && f.Key != khanhHoa).SelectMany(f => f.Value), p => p.Lon > 110.5);
    }

    private static IEnumerable<(double Lon, double Lat)> Points(JsonElement coordinates) =>
        coordinates[0].ValueKind == JsonValueKind.Number
            ? [(coordinates[0].GetDouble(), coordinates[1].GetDouble())]
            : coordinates.EnumerateArray().SelectMany(Points);

    [Fact]
    public async Task The_vendored_chart_library_is_served_from_the_site_and_ships_with_its_licences()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var wwwroot = Path.Combine(Path.GetDirectoryName(Path.GetDirectoryName(Artifacts.Folder))!, "src", "DxMonitor.Web", "wwwroot"); // artifacts/test-output is two below the root

        using var script = await app.Client().GetAsync("/lib/echarts/echarts.dxmonitor.min.js");

        script.EnsureSuccessStatusCode();
        Assert.Contains("Apache License", await File.ReadAllTextAsync(Path.Combine(wwwroot, "lib", "echarts", "LICENSE")), StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(wwwroot, "lib", "echarts", "NOTICE")));
        Assert.Contains("public domain", await File.ReadAllTextAsync(Path.Combine(wwwroot, "maps", "SOURCE.md")), StringComparison.Ordinal);
    }
}
