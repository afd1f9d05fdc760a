using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
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
        await page.Locator("input[name='Round.Indicators'][value='PRV.MOBILE_SUBSCRIBERS']").CheckAsync();
        await page.Locator("input[name='Round.Indicators'][value='PRV.HOUSEHOLDS']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở đợt báo cáo" }).ClickAsync();
        var periodError = await page.Locator("#period-error").InnerTextAsync();
        await page.GetByLabel("Kỳ").FillAsync("2025Q3");
        await page.GetByLabel("Hạn nộp").FillAsync("2025-10-15");
        await page.Locator("input[name='Round.Indicators'][value='PRV.MOBILE_SUBSCRIBERS']").CheckAsync();
        await page.Locator("input[name='Round.Indicators'][value='PRV.HOUSEHOLDS']").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở đợt báo cáo" }).ClickAsync();
        await page.ReachesAsync("**/reporting/R-2025Q3-CDT");
        var reports = await app.QueryAsync(db => Task.FromResult(db.Reports.Count(r => db.Rounds.Any(x => x.Id == r.RoundId && x.Code == "R-2025Q3-CDT"))));

        Assert.Contains("Kỳ báo cáo quý được đánh số từ 1 đến 4, không có số 9.", periodError, StringComparison.Ordinal);
        Assert.Equal(34, reports);
        Assert.Contains("Báo cáo quý III/2025 về Tổ công nghệ số cộng đồng", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_round_left_without_a_code_gets_one_from_its_period_and_level_and_a_whole_group_of_indicators_is_chosen_at_once()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("chuyen.vien.nhom", "Mo-Dot-Bao-Cao-2026!", Role.NationalAnalyst);
        var errors = new List<string>();
        var page = await browser.SignInAsync(new Uri(app.Address, "/account/login?returnUrl=%2Freporting"), "chuyen.vien.nhom", "Mo-Dot-Bao-Cao-2026!", errors);

        var suggested = await page.GetByLabel("Kỳ").InputValueAsync();
        await page.GetByLabel("Tên đợt báo cáo").FillAsync("Báo cáo quý I/2024 của các tỉnh");
        await page.GetByLabel("Kỳ").FillAsync("2024Q1");
        await page.GetByLabel("Hạn nộp").FillAsync("2024-04-15");
        await page.GetByLabel("Tất cả chỉ tiêu quý").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở đợt báo cáo" }).ClickAsync();
        await page.ReachesAsync("**/reporting/R-2024Q1-PRV");
        var asked = await app.QueryAsync(db => db.Rounds.Where(r => r.Code == "R-2024Q1-PRV").Select(r => r.IndicatorIds).SingleAsync());
        var quarterly = await app.QueryAsync(db => db.Indicators.Where(i => i.Owner == DxMonitor.Domain.Indicators.FigureOwner.Reported
            && i.PeriodType == DxMonitor.Domain.Periods.PeriodType.Quarter && i.RetiredOn == null).ToListAsync());

        Assert.Matches(@"^\d{4}Q[1-4]$", suggested);
        Assert.Equal(quarterly.Count(i => i.ReportingLevels.Includes(DxMonitor.Domain.Units.UnitLevel.Province)), asked.Split(',').Length);
        Assert.Empty(errors);
    }
}
