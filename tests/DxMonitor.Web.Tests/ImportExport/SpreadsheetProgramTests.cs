using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Tests.ImportExport;

public sealed class SpreadsheetProgramTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Fact]
    public async Task A_workbook_saved_by_LibreOffice_imports()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var client = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var csv = ImportFiles.Csv("Mã chỉ tiêu,Tên chỉ tiêu,Mã đơn vị,Tên đơn vị,Kỳ báo cáo,Giá trị,Mẫu số,Ghi chú,Nguồn",
            "PRV.MOBILE_SUBSCRIBERS,,P01,Hà Nội,2023Q4,1500,,\"Tổ công nghệ số cộng đồng, cấp xã\",",
            "PRV.FIBRE_HOUSEHOLDS_RATE,,P22,,2023Q4,87.25,,Ước tính của Sở Thông tin và Truyền thông,");

        var xlsx = await ImportFiles.ConvertWithLibreOfficeAsync(csv);
        var response = await ImportFiles.UploadAsync(client, "so-lieu.xlsx", xlsx);

        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, result.ToString());
        Assert.Equal(2, result.GetProperty("created").GetInt32());
        var stored = await app.QueryAsync(db => db.DataValues.Where(v => v.PeriodCode == "2023Q4").OrderBy(v => v.Value)
            .Select(v => new { v.Value, v.Comment }).ToListAsync());
        Assert.Equal(87.25m, stored[0].Value);
        Assert.Equal("Ước tính của Sở Thông tin và Truyền thông", stored[0].Comment);
        Assert.Equal((1500m, "Tổ công nghệ số cộng đồng, cấp xã"), (stored[1].Value, stored[1].Comment));
    }
}
