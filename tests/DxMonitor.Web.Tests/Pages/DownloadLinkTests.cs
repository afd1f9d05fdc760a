using System.Net;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Pages;

/// <summary>A signed-in browser downloads a page's table through the API with its cookie, which may read but never write.</summary>
public sealed class DownloadLinkTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    [Fact]
    public async Task A_leader_downloads_the_alert_inbox_as_a_workbook_from_the_alerts_page()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("lanh.dao.tai.ve", "Lanh-Dao-Tai-2026!", Role.Leader, "VN");
        var errors = new List<string>();
        var page = await browser.SignInAsync(new Uri(app.Address, "/account/login?returnUrl=%2Falerts"), "lanh.dao.tai.ve", "Lanh-Dao-Tai-2026!", errors);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Excel (.xlsx)" }).ClickAsync());
        var file = await download.PathAsync();
        var table = DxMonitor.Web.ImportExport.XlsxFormat.Read(await File.ReadAllBytesAsync(file), DxMonitor.Web.ImportExport.XlsxLimits.Default);
        var write = await page.APIRequest.PutAsync(new Uri(app.Address, "/api/v1/values/PRV.MOBILE_SUBSCRIBERS/P01/2025Q3").ToString(),
            new() { DataObject = new { value = 1 } });

        Assert.Equal("canh-bao.xlsx", download.SuggestedFilename);
        Assert.Equal(["Mức độ", "Quy tắc", "Trạng thái", "Mã đơn vị", "Đơn vị"], table.Header.Take(5));
        Assert.Equal((int)HttpStatusCode.Unauthorized, write.Status);
        Assert.Empty(errors);
    }
}
