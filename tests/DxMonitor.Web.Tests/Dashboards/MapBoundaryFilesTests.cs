using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

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

    /// <summary>Each of the 34 provinces has a commune file served, with every commune of the province keyed by our code and no other.</summary>
    [Fact]
    public async Task Every_province_has_its_communes_map_keyed_by_our_codes()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var provinces = await DashboardData.ProvincesAsync(app.Client(), "2025-07-01");
        var communes = await app.QueryAsync(db => db.Units.Where(u => u.Level == DxMonitor.Domain.Units.UnitLevel.Commune)
            .Select(u => new { u.Code, Province = u.Parent!.Code }).ToListAsync());

        foreach (var province in provinces)
        {
            using var json = JsonDocument.Parse(await app.Client().GetStringAsync($"/maps/communes/{province}.json"));
            var ids = json.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("id").GetString()).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(communes.Where(c => c.Province == province).Select(c => c.Code).Order(StringComparer.Ordinal), ids);
        }
        Assert.Equal(3321, communes.Count);
    }

    /// <summary>The special zones Hoàng Sa (20333) and Trường Sa (22736) are on Đà Nẵng's and Khánh Hòa's commune maps, and on no other.</summary>
    [Fact]
    public async Task The_commune_maps_of_Da_Nang_and_Khanh_Hoa_show_the_archipelagos_and_no_other_does()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var provinces = await DashboardData.ProvincesAsync(app.Client(), "2025-07-01");
        var far = new Dictionary<string, List<(double Lon, double Lat)>>();
        foreach (var province in provinces)
        {
            using var json = JsonDocument.Parse(await app.Client().GetStringAsync($"/maps/communes/{province}.json"));
            far[province] = [.. json.RootElement.GetProperty("features").EnumerateArray()
                .SelectMany(f => Points(f.GetProperty("geometry").GetProperty("coordinates"))).Where(p => p.Lon > 110.5)];
        }

        Assert.Contains(far["P48"], p => p.Lon is > 111 and < 113 && p.Lat is > 15.5 and < 17.2);
        Assert.Contains(far["P56"], p => p.Lon is > 113 and < 118 && p.Lat is > 6 and < 12);
        Assert.Empty(far.Where(f => f.Key is not "P48" and not "P56").SelectMany(f => f.Value));
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
