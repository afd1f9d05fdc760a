using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Pages;

public sealed class OpenRoundPageTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    [Fact]
    public async Task An_analyst_opens_a_round_from_the_reporting_page_after_correcting_the_period()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("chuyen.vien.mo.dot", "Mo-Dot-Bao-Cao-2026!", Role.NationalAnalyst);
        var errors = new List<string>();
        var page = await browser.SignInAsync(new Uri(app.Address, "/account/login?returnUrl=%2Freporting"), "chuyen.vien.mo.dot", "Mo-Dot-Bao-Cao-2026!", errors);

        await page.GetByLabel("Mã đợt báo cáo").FillAsync("R-2025Q3-CDT");
        await page.GetByLabel("Tên đợt báo cáo").FillAsync("Báo cáo quý III/2025 về Tổ công nghệ số cộng đồng");
        await page.GetByLabel("Kỳ").FillAsync("2025Q9");
        await page.GetByLabel("Hạn nộp").FillAsync("2025-10-15");
        await page.GetByLabel("Các chỉ tiêu cần báo cáo").SelectOptionAsync(["PRV.MOBILE_SUBSCRIBERS", "PRV.HOUSEHOLDS"]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở đợt báo cáo" }).ClickAsync();
        var periodError = await page.Locator("#period-error").InnerTextAsync();
        await page.GetByLabel("Kỳ").FillAsync("2025Q3");
        await page.GetByLabel("Hạn nộp").FillAsync("2025-10-15");
        await page.GetByLabel("Các chỉ tiêu cần báo cáo").SelectOptionAsync(["PRV.MOBILE_SUBSCRIBERS", "PRV.HOUSEHOLDS"]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở đợt báo cáo" }).ClickAsync();
        await page.WaitForURLAsync("**/reporting/R-2025Q3-CDT");
        var reports = await app.QueryAsync(db => Task.FromResult(db.Reports.Count(r => db.Rounds.Any(x => x.Id == r.RoundId && x.Code == "R-2025Q3-CDT"))));

        Assert.Contains("Kỳ báo cáo quý được đánh số từ 1 đến 4, không có số 9.", periodError, StringComparison.Ordinal);
        Assert.Equal(34, reports);
        Assert.Contains("Báo cáo quý III/2025 về Tổ công nghệ số cộng đồng", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
    }
}
