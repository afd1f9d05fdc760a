using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Periods;
using DxMonitor.Web.Tests.Infrastructure;
using DxMonitor.Web.Tests.Projects;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Tests.Registries;

public sealed class RegistriesApiTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private const string Payload = "<script>window.__pwned=1</script>'; DELETE FROM registry_entries; --";

    internal static string Quarter => Period.Containing(VietnamCalendar.Today(TimeProvider.System), PeriodType.Quarter).Code;

    internal static async Task<decimal?> ValueAsync(HttpClient client, string indicator, string unit)
    {
        var response = await client.GetAsync($"/api/v1/values/{indicator}/{unit}/{Quarter}");
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
        var value = (await ProjectsApiTests.Json(response)).GetProperty("value");
        return value.ValueKind == JsonValueKind.Null ? null : value.GetDecimal();
    }

    public static TheoryData<string, string, string, object, string, decimal> Entries => new()
    {
        { "platforms", "M-MOST", "Nền tảng học trực tuyến mở đại trà", new { scope = "Toàn quốc", url = "https://onetouch.mic.gov.vn" }, "NAT.NATIONAL_PLATFORMS", 1m },
        { "community-teams", "P08", "Tổ CNSCĐ thôn Đông", new { commune = "Xã Tân Lập", members = "9" }, "PRV.CDT_MEMBERS", 9m },
        { "dead-zones", "P08", "Bản Nậm Cười", new { commune = "Xã Mường Lống", since = "2023-04-01", gridPower = "có" }, "PRV.VILLAGES_GRID_NO_MOBILE", 1m },
        { "database-catalogues", "M-MOST", "Cơ sở dữ liệu về khoa học và công nghệ", new { domain = "Khoa học", custodian = "Cục Thông tin", shared = "1" }, "MIN.DATABASES_CATALOGUED", 1m },
        { "data-sharing-violations", "P08", "Từ chối cung cấp dữ liệu dân cư", new { violator = "Công ty X", reportedOn = VietnamCalendar.Today(TimeProvider.System).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), status = "received" }, "PRV.DATA_SHARING_VIOLATIONS", 1m },
    };

    [Theory, MemberData(nameof(Entries))]
    public async Task Adding_and_removing_an_entry_rewrites_the_indicator_it_counts_for(
        string registry, string unit, string name, object fields, string indicator, decimal expected)
    {
        foreach (var provider in new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres })
        {
            var app = await apps.GetAsync(provider);
            var writer = app.Client(await app.TokenForAsync(Role.UnitOfficer, unit, user: "can.bo." + unit));
            var counted = indicator.StartsWith("NAT.", StringComparison.Ordinal) ? "VN" : unit;
            // The nation's unpublished count is national staff's to read; a unit's, its own officer's.
            var reader = counted == "VN" ? app.Client(await app.TokenForAsync(Role.NationalAnalyst)) : writer;
            var before = await ValueAsync(reader, indicator, counted) ?? 0m;

            var entry = await ProjectsApiTests.Json(await writer.PostAsJsonAsync($"/api/v1/registries/{registry}", new { unit, name, fields }));
            var after = await ValueAsync(reader, indicator, counted);
            var id = entry.GetProperty("id").GetString();
            var deleted = await writer.DeleteAsync($"/api/v1/registries/{registry}/{id}");
            var afterDelete = await ValueAsync(reader, indicator, counted);
            var history = await ProjectsApiTests.Json(await writer.GetAsync($"/api/v1/registries/{registry}/{id}/history"));
            var valueHistory = await ProjectsApiTests.Json(await reader.GetAsync($"/api/v1/values/{indicator}/{counted}/{Quarter}/history"));

            Assert.Equal(name, entry.GetProperty("name").GetString());
            Assert.Equal(before + expected, after);
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
            Assert.Equal(before, afterDelete);
            Assert.Equal(["Created", "Deleted"], history.EnumerateArray().Select(c => c.GetProperty("action").GetString()));
            Assert.All(history.EnumerateArray(), c => Assert.Equal("can.bo." + unit, c.GetProperty("changedBy").GetString()));
            Assert.Contains(valueHistory.EnumerateArray(), c => c.GetProperty("changedBy").GetString() == "can.bo." + unit);
        }
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_officer_cannot_add_change_or_remove_another_units_entries(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var owner = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P11"));
        var other = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P12"));
        var leader = app.Client(await app.TokenForAsync(Role.Leader));
        var body = new { unit = "P11", name = "Thôn Khuổi Khon", fields = new { commune = "Xã Kim Cúc", since = "2022-01-01" } };
        var entry = await ProjectsApiTests.Json(await owner.PostAsJsonAsync("/api/v1/registries/dead-zones", body));
        var url = $"/api/v1/registries/dead-zones/{entry.GetProperty("id").GetString()}";

        var create = await other.PostAsJsonAsync("/api/v1/registries/dead-zones", body);
        var update = await other.PutAsJsonAsync(url, body with { });
        var move = await other.PutAsJsonAsync(url, new { unit = "P12", name = "Thôn Khuổi Khon", fields = new { commune = "Xã Kim Cúc", since = "2022-01-01" } });
        var delete = await other.DeleteAsync(url);
        var leaderCreate = await leader.PostAsJsonAsync("/api/v1/registries/dead-zones", body);
        var read = await other.GetAsync(url);

        Assert.Equal("unit", (await Problems.AssertProblemAsync(create, HttpStatusCode.Forbidden)).GetProperty("field").GetString());
        await Problems.AssertProblemAsync(update, HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(move, HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(delete, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.Forbidden, leaderCreate.StatusCode);
        Assert.Equal(HttpStatusCode.OK, read.StatusCode);
        Assert.Equal(1, await app.QueryAsync(db => db.RegistryEntries.CountAsync(e => e.Name == "Thôn Khuổi Khon")));
    }

    public static TheoryData<string, string, string, HttpStatusCode> BadEntries => new()
    {
        { """{"unit":"P20","name":"","fields":{"commune":"A","members":"3"}}""", "name", "The Name field is required", HttpStatusCode.BadRequest },
        { """{"unit":"P20","name":"Tổ 1","fields":{"commune":"A","members":"ba"}}""", "fields.members", "whole number", HttpStatusCode.UnprocessableEntity },
        { """{"unit":"P20","name":"Tổ 1","fields":{"commune":"A"}}""", "fields.members", "required", HttpStatusCode.UnprocessableEntity },
        { """{"unit":"P20","name":"Tổ 1","fields":{"commune":"A","members":"3","establishedOn":"2024-13-01"}}""", "fields.establishedOn", "yyyy-MM-dd", HttpStatusCode.UnprocessableEntity },
        { """{"unit":"P20","name":"Tổ 1","fields":{"commune":"A","members":"3","leader":"B"}}""", "fields.leader", "Unknown field", HttpStatusCode.UnprocessableEntity },
        { """{"unit":"M-MOST","name":"Tổ 1","fields":{"commune":"A","members":"3"}}""", "unit", "kept by a Province", HttpStatusCode.UnprocessableEntity },
        { """{"unit":"P02-2025","name":"Tổ 1","fields":{"commune":"A","members":"3"}}""", "unit", "no longer exists", HttpStatusCode.UnprocessableEntity },
        { """{"unit":"P99","name":"Tổ 1","fields":{"commune":"A","members":"3"}}""", "unit", "No unit has the code", HttpStatusCode.UnprocessableEntity },
    };

    [Theory, MemberData(nameof(BadEntries))]
    public async Task Bad_entries_are_answered_with_a_problem_naming_the_field_and_nothing_is_written(string json, string field, string fragment, HttpStatusCode status)
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));

        var response = await analyst.PostAsync("/api/v1/registries/community-teams", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        await Problems.AssertFieldErrorAsync(response, status, field, fragment);
        Assert.False(await app.QueryAsync(db => db.RegistryEntries.AnyAsync(e => e.Name == "Tổ 1")));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Script_and_SQL_in_text_fields_are_stored_as_given_and_search_ignores_diacritics(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));

        await ProjectsApiTests.Json(await analyst.PostAsJsonAsync("/api/v1/registries/database-catalogues",
            new { unit = "P22", name = "Cơ sở dữ liệu đất đai " + Payload, fields = new { domain = Payload, custodian = "Sở Nông nghiệp và Môi trường" } }));
        var found = await ProjectsApiTests.Json(await analyst.GetAsync("/api/v1/registries/database-catalogues?search=" + Uri.EscapeDataString("CO SO DU LIEU DAT DAI")));
        var unknown = await analyst.GetAsync("/api/v1/registries/villages");

        var entry = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Equal(Payload, entry.GetProperty("fields").GetProperty("domain").GetString());
        Assert.True(await app.QueryAsync(db => db.RegistryEntries.AnyAsync()));
        await Problems.AssertProblemAsync(unknown, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_registries_list_their_fields_and_indicators()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var reader = app.Client(await app.TokenForAsync(Role.Leader));

        var registries = await reader.GetFromJsonAsync<JsonElement>("/api/v1/registries");

        Assert.Equal(["platforms", "community-teams", "dead-zones", "database-catalogues", "data-sharing-violations"],
            registries.EnumerateArray().Select(r => r.GetProperty("key").GetString()));
        Assert.Equal("Vùng lõm sóng di động", registries[2].GetProperty("nameVi").GetString());
    }
}
