using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static DxMonitor.Web.Tests.Dossiers.DossierFiles;

namespace DxMonitor.Web.Tests.ServiceIndex;

/// <summary>A leader reads the 766 ranking, opens a province's breakdown with missing components shown as such, and its trend.</summary>
public sealed class ServiceIndexPagesTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    private const string Password = "Mật-Khẩu-Chỉ-Số-766";

    [Fact]
    public async Task A_national_analyst_reads_the_ranking_then_a_provinces_points_with_its_missing_components_and_its_months()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P11", user: "mot.cua.766.trang"));
        await Problems.AssertOkAsync(await UploadAsync(officer, Csv(DxMonitor.Web.Tests.Dossiers.DossierFiles.Header + ",supplements,paused_days,national_portal,synced,digitised_input,reused_data",
            "B1,P11,1.X,online,full,2025-04-02 08:00,2025-04-08 17:00,2025-04-07 10:00,finished,true,true,,,true,true,true,true",
            "B2,P11,1.X,in_person,,2025-04-02 08:00,2025-04-08 17:00,2025-04-10 10:00,finished,false,false,,,false,false,false,false")));
        var name = await app.QueryAsync(db => db.Units.Where(u => u.Code == "P11").Select(u => u.NameVi).SingleAsync());
        await app.CreateUserAsync("phan.tich.766.trang", Password, Role.NationalAnalyst);
        var errors = new List<string>();
        var page = await browser.SignInAsync(new Uri(app.Address, "/account/login?returnUrl=%2Fservice-index%3Fperiod%3D2025M04"), "phan.tich.766.trang", Password, errors);

        var row = page.Locator("#service-index-ranking tbody tr", new() { HasText = name });
        var rowText = await row.InnerTextAsync();
        var rankingAxe = await page.RunAxeAsync();
        await row.GetByRole(AriaRole.Link).ClickAsync();
        var score = await page.Locator("#si-score").InnerTextAsync();
        var breakdown = await page.Locator("#service-index-breakdown").InnerTextAsync();
        var trend = await page.Locator("#service-index-trend").InnerTextAsync();
        var unitAxe = await page.RunAxeAsync();
        await Browser.ScreenshotAsync(page, "service-index-vi");

        Assert.Contains("50", rowText, StringComparison.Ordinal); // 38 of the 76 points with data
        Assert.Empty(rankingAxe.Violations.Select(v => $"{v.Id}: {v.Help}"));
        Assert.Equal("50", score);
        Assert.Contains("Chưa có dữ liệu gửi lên", breakdown, StringComparison.Ordinal); // feedback, ratings and procedures were not sent
        Assert.Contains("Hồ sơ giải quyết đúng hạn", breakdown, StringComparison.Ordinal);
        Assert.Contains("10 / 20", breakdown, StringComparison.Ordinal);
        Assert.Contains("2025M04", trend, StringComparison.Ordinal);
        Assert.Contains("2024M05", trend, StringComparison.Ordinal); // twelve months back
        Assert.Empty(unitAxe.Violations.Select(v => $"{v.Id}: {v.Help}"));
        Assert.Empty(errors);
    }
}
