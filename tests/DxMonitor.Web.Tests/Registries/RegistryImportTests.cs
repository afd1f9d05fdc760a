using System.Net;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Web.ImportExport;
using DxMonitor.Web.Tests.ImportExport;
using DxMonitor.Web.Tests.Infrastructure;
using DxMonitor.Web.Tests.Projects;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Tests.Registries;

public sealed class RegistryImportTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{

    private static Task<HttpResponseMessage> UploadAsync(HttpClient client, string registry, string fileName, byte[] bytes) =>
        ImportFiles.UploadToAsync(client, $"/api/v1/registries/{registry}/import", fileName, bytes);

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_csv_of_community_teams_is_imported_whole_and_feeds_the_counts(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P12"));
        var csv = ImportFiles.Csv("Mã đơn vị,Tên tổ,\"Xã, phường\",Số thành viên,Ngày thành lập",
            "P12,Tổ CNSCĐ thôn Bản Chang,Xã Phúc Sen,7,2022-05-01", "P12,\"Tổ CNSCĐ tổ dân phố 3, phường Hà Giang 1\",Phường Hà Giang 1,11,");

        var result = await ProjectsApiTests.Json(await UploadAsync(officer, "community-teams", "to-cnscd.csv", csv));

        Assert.Equal((2, 2, 0), (result.GetProperty("rows").GetInt32(), result.GetProperty("created").GetInt32(), result.GetProperty("updated").GetInt32()));
        Assert.Equal(18m, await RegistriesApiTests.ValueAsync(officer, "PRV.CDT_MEMBERS", "P12"));
        Assert.True(await app.QueryAsync(db => db.RegistryEntries.AnyAsync(e => e.Name == "Tổ CNSCĐ tổ dân phố 3, phường Hà Giang 1")));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Wrong_cells_are_named_by_row_and_column_and_nothing_is_stored(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P14"));
        var csv = ImportFiles.Csv("Mã đơn vị,Tên tổ,\"Xã, phường\",Số thành viên,Ngày thành lập",
            "P14,Tổ đúng,Xã A,5,", "P14,Tổ sai số,Xã B,năm,", "P14,,Xã C,4,2024-02-30");

        var response = await UploadAsync(officer, "community-teams", "sai.csv", csv);

        await Problems.AssertFieldErrorAsync(response, HttpStatusCode.UnprocessableEntity, "row 3, column D (members)", "whole number");
        await Problems.AssertFieldErrorAsync(response, HttpStatusCode.UnprocessableEntity, "row 4, column B (name)", "required");
        await Problems.AssertFieldErrorAsync(response, HttpStatusCode.UnprocessableEntity, "row 4, column E (establishedOn)", "yyyy-MM-dd");
        Assert.False(await app.QueryAsync(db => db.RegistryEntries.AnyAsync(e => e.Name == "Tổ đúng")));
    }

    [Fact]
    public async Task A_row_of_another_unit_refuses_the_whole_file_and_unknown_columns_are_named()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P15"));

        var otherUnit = await UploadAsync(officer, "dead-zones", "lom.csv", ImportFiles.Csv("unit,name,commune,since", "P15,Thôn 1,Xã A,2023-01-01", "P19,Thôn 2,Xã B,2023-01-01"));
        var unknownColumn = await UploadAsync(officer, "dead-zones", "lom.csv", ImportFiles.Csv("unit,name,commune,since,colour", "P15,Thôn 1,Xã A,2023-01-01,red"));
        var notCsv = await UploadAsync(officer, "dead-zones", "lom.txt", ImportFiles.Csv("unit,name"));

        Assert.Equal("row 3, column A (unit)", (await Problems.AssertProblemAsync(otherUnit, HttpStatusCode.Forbidden)).GetProperty("field").GetString());
        await Problems.AssertFieldErrorAsync(unknownColumn, HttpStatusCode.BadRequest, "row 1, column E", "Unknown column 'colour'");
        await Problems.AssertProblemAsync(notCsv, HttpStatusCode.BadRequest);
        Assert.False(await app.QueryAsync(db => db.RegistryEntries.AnyAsync(e => e.Name == "Thôn 1")));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_exported_workbook_edited_and_imported_back_updates_the_entries_it_names(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        await ProjectsApiTests.Json(await UploadAsync(analyst, "platforms", "nen-tang.csv",
            ImportFiles.Csv("Mã đơn vị,Tên nền tảng,Phạm vi", "M-MOST,Nền tảng số xuất khẩu thử,Toàn quốc")));
        var exported = await analyst.GetByteArrayAsync("/api/v1/registries/platforms/export.xlsx?unit=M-MOST");
        var table = XlsxFormat.Read(exported, XlsxLimits.Default);
        var row = table.Rows.Single(r => r.Cells.Any(c => c.Text == "Nền tảng số xuất khẩu thử"));
        var edited = ImportFiles.Csv(string.Join(',', table.Header.Select(h => $"\"{h}\"")),
            string.Join(',', row.Cells.Select(c => c.Text == "Toàn quốc" ? "Toàn quốc, mọi cấp chính quyền" : c.Text).Select(t => $"\"{t}\"")));

        var result = await ProjectsApiTests.Json(await UploadAsync(analyst, "platforms", "nen-tang.csv", edited));

        Assert.Equal((0, 1), (result.GetProperty("created").GetInt32(), result.GetProperty("updated").GetInt32()));
        Assert.Equal(["Mã bản ghi", "Mã đơn vị", "Tên đơn vị", "Tên nền tảng", "Phạm vi", "Địa chỉ truy cập", "Ngày đưa vào sử dụng"], table.Header);
        var scope = await app.QueryAsync(db => db.RegistryEntries.Where(e => e.Name == "Nền tảng số xuất khẩu thử").Select(e => e.Fields).SingleAsync());
        Assert.Equal("Toàn quốc, mọi cấp chính quyền", scope["scope"]);
    }
}
