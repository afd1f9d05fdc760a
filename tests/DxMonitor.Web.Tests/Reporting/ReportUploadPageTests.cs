using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.ImportExport;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Reporting;

/// <summary>A signed-in officer fills a report from a file on the report page, with no API token.</summary>
public sealed class ReportUploadPageTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    private const string Password = "Mật-Khẩu-Tệp-2026";
    private const string Header = "Mã chỉ tiêu,Tên chỉ tiêu,Mã đơn vị,Tên đơn vị,Kỳ báo cáo,Giá trị,Mẫu số,Ghi chú,Nguồn";

    [Fact]
    public async Task An_officer_downloads_the_template_of_its_own_report_and_sends_it_back_filled_in()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("so.tep.bac.ninh", Password, Role.UnitOfficer, "P24");
        await Rounds.OpenAsync(app.Client(await app.TokenForAsync(Role.NationalAnalyst)), "R-TEP", ["PRV.MOBILE_SUBSCRIBERS", "PRV.FIBRE_HOUSEHOLDS_RATE"]);
        var errors = new List<string>();

        var officer = await browser.SignInAsync(app.Address, "so.tep.bac.ninh", Password, errors);
        await officer.GotoAsync(new Uri(app.Address, "/reporting/R-TEP/P24").ToString(), Navigation.Goto);
        var templateHref = await officer.GetByRole(AriaRole.Link, new() { Name = "Tải mẫu của báo cáo này (Excel)" }).GetAttributeAsync("href");
        var template = await officer.APIRequest.GetAsync(new Uri(app.Address, templateHref!.Replace("template.xlsx", "template.csv", StringComparison.Ordinal)).ToString());
        var templateRows = (await template.TextAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();

        await UploadAsync(officer, Header,
            "PRV.MOBILE_SUBSCRIBERS,,P24,,2025Q3,1500,,,",
            "PRV.FIBRE_HOUSEHOLDS_RATE,,P24,,2025Q3,abc,,,");
        var problems = await officer.GetByRole(AriaRole.Alert).InnerTextAsync();
        await UploadAsync(officer, Header,
            "PRV.MOBILE_SUBSCRIBERS,,P24,,2025Q3,1500,,,",
            "PRV.FIBRE_HOUSEHOLDS_RATE,,P24,,2025Q3,82.5,,,");
        var notice = await officer.GetByRole(AriaRole.Status).InnerTextAsync();
        var values = (await officer.GetByLabel("Số thuê bao điện thoại di động", new() { Exact = true }).InputValueAsync(),
            await officer.GetByLabel("Tỷ lệ hộ gia đình có Internet cáp quang", new() { Exact = true }).InputValueAsync());

        Assert.Equal(2, templateRows.Count);
        Assert.All(templateRows, row => Assert.Contains(",P24,", row, StringComparison.Ordinal));
        Assert.Contains("dòng 3, cột F (value)", problems, StringComparison.Ordinal);
        Assert.Contains("Đã nhập số liệu từ tệp vào báo cáo.", notice, StringComparison.Ordinal);
        Assert.Equal(("1.500", "82,5"), values);
        Assert.Empty(errors);
    }

    private static async Task UploadAsync(IPage page, params string[] lines)
    {
        await page.GetByLabel("Tệp số liệu").SetInputFilesAsync(new FilePayload
        {
            Name = "bao-cao.csv",
            MimeType = "text/csv",
            Buffer = ImportFiles.Csv(lines),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi tệp" }).ClickAsync();
        await page.Locator("[role=alert], [role=status]").First.WaitForAsync();
    }
}
