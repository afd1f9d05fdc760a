using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Units;

public sealed class UnitsApiTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static int Provinces(JsonElement root) =>
        root.GetProperty("children").EnumerateArray().Count(c => c.GetProperty("level").GetString() == "Province");

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_hierarchy_as_of_a_date_has_63_provinces_before_the_merger_and_34_after(DatabaseProvider provider)
    {
        var client = (await apps.GetAsync(provider)).Client();

        var before = await client.GetFromJsonAsync<JsonElement>("/api/v1/units/hierarchy?asOf=2025-06-30");
        var after = await client.GetFromJsonAsync<JsonElement>("/api/v1/units/hierarchy?asOf=2025-07-01");

        Assert.Equal(63, Provinces(before.GetProperty("root")));
        Assert.Equal(34, Provinces(after.GetProperty("root")));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Search_ignores_diacritics_and_case(DatabaseProvider provider)
    {
        var client = (await apps.GetAsync(provider)).Client();

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/units?search=ha%20noi&asOf=2024-01-01");

        var unit = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("P01", unit.GetProperty("code").GetString());
        Assert.Equal("Thành phố Hà Nội", unit.GetProperty("nameVi").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_historical_unit_shows_its_successor_and_a_new_one_its_predecessors(DatabaseProvider provider)
    {
        var client = (await apps.GetAsync(provider)).Client();

        var haGiang = await client.GetFromJsonAsync<JsonElement>("/api/v1/units/P02-2025");
        var tuyenQuang = await client.GetFromJsonAsync<JsonElement>("/api/v1/units/P08");

        Assert.Equal("P08", Assert.Single(haGiang.GetProperty("successors").EnumerateArray()).GetProperty("unit").GetString());
        Assert.Equal(["P02-2025", "P08-2025"],
            tuyenQuang.GetProperty("predecessors").EnumerateArray().Select(p => p.GetProperty("unit").GetString()).Order());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Lists_page_with_a_total(DatabaseProvider provider)
    {
        var client = (await apps.GetAsync(provider)).Client();

        var page = await client.GetFromJsonAsync<JsonElement>("/api/v1/units?level=Province&asOf=2024-01-01&page=2&pageSize=50");

        Assert.Equal(63, page.GetProperty("total").GetInt32());
        Assert.Equal(13, page.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/v1/units?level=Village", "level", "không phải một trong các giá trị")]
    [InlineData("/api/v1/units?page=0", "page", "page phải từ 1 trở lên")]
    [InlineData("/api/v1/units?pageSize=100000", "pageSize", "pageSize phải từ 1 đến 500")]
    [InlineData("/api/v1/units?parent=NOPE", "parent", "Không có đơn vị nào mang mã 'NOPE'")]
    public async Task Bad_query_parameters_are_refused_naming_the_parameter(string url, string field, string fragment)
    {
        // Without an API token the answer is Vietnamese, whatever Accept-Language the client sends.
        var client = (await apps.GetAsync(DatabaseProvider.Sqlite)).Client();
        await Problems.AssertFieldErrorAsync(await client.GetAsync(url), HttpStatusCode.UnprocessableEntity, field, fragment);
    }

    [Fact]
    public async Task A_malformed_date_is_a_bad_request_naming_the_parameter()
    {
        var client = (await apps.GetAsync(DatabaseProvider.Sqlite)).Client();
        var problem = await Problems.AssertProblemAsync(await client.GetAsync("/api/v1/units?asOf=2025-13-45"), HttpStatusCode.BadRequest);
        Assert.Contains("asOf", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_unit_is_not_found_with_a_problem()
    {
        var client = (await apps.GetAsync(DatabaseProvider.Sqlite)).Client();
        var problem = await Problems.AssertProblemAsync(await client.GetAsync("/api/v1/units/P99"), HttpStatusCode.NotFound);
        Assert.Contains("P99", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Drilling_down_goes_from_the_nation_to_a_province_to_its_communes_of_1_July_2025(DatabaseProvider provider)
    {
        var client = (await apps.GetAsync(provider)).Client();

        var provinces = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/units/VN/children?asOf=2025-07-01");
        var haNoi = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/units/P01/children?asOf=2025-07-01");
        var before = await client.GetFromJsonAsync<JsonElement[]>("/api/v1/units/P01/children?asOf=2025-06-30");
        var all = await client.GetFromJsonAsync<JsonElement>("/api/v1/units?level=Commune&asOf=2025-07-01&pageSize=1");

        Assert.Contains(provinces!, p => p.GetProperty("code").GetString() == "P01");
        Assert.Equal(126, haNoi!.Length);
        Assert.Empty(before!);
        Assert.Equal(3321, all.GetProperty("total").GetInt32());
        var baDinh = Assert.Single(haNoi, c => c.GetProperty("code").GetString() == "C00004");
        Assert.Equal(("Phường Ba Đình", "Ba Dinh Ward", "00004", "Commune"), (baDinh.GetProperty("nameVi").GetString(),
            baDinh.GetProperty("nameEn").GetString(), baDinh.GetProperty("adminCode").GetString(), baDinh.GetProperty("level").GetString()));
        Assert.StartsWith("Phường Quán Thánh, Phường Trúc Bạch", baDinh.GetProperty("note").GetString());
    }
}
