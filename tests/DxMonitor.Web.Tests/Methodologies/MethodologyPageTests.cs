using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static DxMonitor.Web.Tests.Methodologies.MethodologyData;

namespace DxMonitor.Web.Tests.Methodologies;

/// <summary>An analyst copies, edits, previews and adopts a year's methodology on the page, in Vietnamese.</summary>
public sealed class MethodologyPageTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    [Fact]
    public async Task An_analyst_copies_last_years_methodology_edits_it_sees_the_preview_and_adopts_it_on_the_page()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        await ReportSmartphonesAsync(analyst);
        await Eventually.MatchAsync(() => analyst.GetAsync("/api/v1/rankings/DTI-PRV/2024"), r => r.IsSuccessStatusCode, "the 2024 ranking");
        await app.CreateUserAsync("phan.tich", "Phan-Tich-2026!", Role.NationalAnalyst);
        var errors = new List<string>();
        var page = await browser.SignInAsync(app.Address, "phan.tich", "Phan-Tich-2026!", errors);

        await page.GotoAsync(new Uri(app.Address, "/methodologies/DTI-PRV/2023?version=1").ToString(), Navigation.Goto);
        await page.GetByLabel("Sao chép sang năm").FillAsync("2024");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sao chép", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã tạo bản nháp." }).WaitForAsync();
        var copiedUrl = page.Url;

        await page.GetByLabel("Trọng số (DIGITAL_SOCIETY)").FillAsync("100");
        await page.GetByLabel("Trọng số PRV.DX_RESOLUTION").FillAsync("-1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu thay đổi" }).ClickAsync();
        var refused = await page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Cần một số dương" }).First.InnerTextAsync();
        await page.GetByLabel("Trọng số PRV.DX_RESOLUTION").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu thay đổi" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã lưu." }).WaitForAsync();
        var preview = await page.Locator("table.preview tbody tr").First.InnerTextAsync();
        var axe = await page.RunAxeAsync();
        await Browser.ScreenshotAsync(page, "methodology-vi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Áp dụng phiên bản này" }).ClickAsync();
        await page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã áp dụng" }).WaitForAsync();
        var ranking = await RankingWhenAsync(analyst, 2024, r => r.GetProperty("methodology").GetProperty("version").GetInt32() == 2, "2024 ranked with the adopted version");
        await page.GotoAsync(new Uri(app.Address, "/methodologies?culture=en-US").ToString(), Navigation.Goto);
        var english = await page.Locator("h1").InnerTextAsync();

        Assert.Contains("/methodologies/DTI-PRV/2024?version=2", copiedUrl, StringComparison.Ordinal);
        Assert.Contains("-1", refused, StringComparison.Ordinal);
        Assert.Contains("Thành phố Hà Nội", preview, StringComparison.Ordinal); // P01 first: only smartphones weigh now
        Assert.Equal("P01", ranking.GetProperty("rows")[0].GetProperty("unit").GetString());
        Assert.Empty(axe.Violations.Where(v => v.Impact is "serious" or "critical").Select(v => v.Id));
        Assert.Equal("Index methodologies", english);
        Assert.Empty(errors);
    }
}
