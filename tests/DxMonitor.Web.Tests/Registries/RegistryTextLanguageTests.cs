using System.Net;
using System.Net.Http.Json;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.ImportExport;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Registries;

/// <summary>A registry entry's and a registry import's problems read in Vietnamese by default and in English on request.</summary>
public sealed class RegistryTextLanguageTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static async Task<(string? Title, string Message)> UnitProblemAsync(HttpResponseMessage response)
    {
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.UnprocessableEntity);
        return (problem.GetProperty("title").GetString(), Assert.Single(problem.GetProperty("errors").GetProperty("unit").EnumerateArray()).GetString()!);
    }

    [Fact]
    public async Task An_entry_of_a_unit_of_the_wrong_level_is_refused_in_Vietnamese_by_default_and_in_English_on_request()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var token = await app.TokenForAsync(Role.NationalAnalyst, user: "cuc.cds.so.dang.ky");
        var team = new { unit = "M-MOST", name = "Tổ ngôn ngữ", fields = new { commune = "Xã A", members = "3" } };
        var unknown = team with { unit = "P99" };

        var vietnamese = await UnitProblemAsync(await app.Client(token, language: null).PostAsJsonAsync("/api/v1/registries/community-teams", team));
        var unknownUnit = await UnitProblemAsync(await app.Client(token, language: null).PostAsJsonAsync("/api/v1/registries/community-teams", unknown));
        var english = await UnitProblemAsync(await app.Client(token).PostAsJsonAsync("/api/v1/registries/community-teams", team));

        Assert.Equal("Bản ghi không hợp lệ; chưa lưu.", vietnamese.Title);
        Assert.EndsWith("do đơn vị cấp tỉnh quản lý; M-MOST là đơn vị cấp bộ, ngành.", vietnamese.Message, StringComparison.Ordinal);
        Assert.Equal("Không có đơn vị nào mang mã 'P99'.", unknownUnit.Message);
        Assert.Equal("Invalid entry; nothing was saved.", english.Title);
        Assert.EndsWith("are kept by a Province; M-MOST is a Ministry.", english.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_import_with_an_unknown_column_and_a_bad_record_id_is_explained_in_Vietnamese()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var client = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P15", user: "so.khcn.ngon.ngu"), language: null);
        const string url = "/api/v1/registries/dead-zones/import";

        var column = await Problems.AssertProblemAsync(
            await ImportFiles.UploadToAsync(client, url, "lom.csv", ImportFiles.Csv("unit,name,commune,since,colour", "P15,Thôn 1,Xã A,2023-01-01,red")), HttpStatusCode.BadRequest);
        var id = await Problems.AssertProblemAsync(
            await ImportFiles.UploadToAsync(client, url, "lom.csv", ImportFiles.Csv("id,unit,name,commune,since", "abc,P15,Thôn 1,Xã A,2023-01-01")), HttpStatusCode.UnprocessableEntity);

        Assert.Equal("Không đọc được tệp; chưa lưu dữ liệu nào.", column.GetProperty("title").GetString());
        Assert.Equal("Dòng tiêu đề thiếu cột bắt buộc hoặc có cột không xác định.", column.GetProperty("detail").GetString());
        Assert.StartsWith("Cột 'colour' không xác định.", column.GetProperty("errors").GetProperty("row 1, column E")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("Có dòng không hợp lệ; chưa lưu dữ liệu nào.", id.GetProperty("title").GetString());
        Assert.Equal("'abc' không phải là mã bản ghi; để trống nếu muốn thêm bản ghi mới.", id.GetProperty("errors").GetProperty("row 2, column A (id)")[0].GetString());
    }
}
