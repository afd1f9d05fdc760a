using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Pages;

public sealed class ReportWorkflowPageTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    private const string Password = "Mật-Khẩu-Thử-2026";

    private async Task<IPage> SignInAsync(TestApp app, string user, List<string> errors)
    {
        var page = await browser.SignInAsync(app.Address, user, Password, errors);
        await page.Locator("header .user").WaitForAsync();
        return page;
    }

    [Fact]
    public async Task An_officer_submits_an_analyst_returns_the_officer_corrects_and_the_analyst_accepts()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("so.khcn.hanoi", Password, Role.UnitOfficer, "P01");
        await app.CreateUserAsync("chuyen.vien.cuc", Password, Role.NationalAnalyst);
        var api = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        await Rounds.OpenAsync(api, "R-WEB", new[] { "PRV.MOBILE_SUBSCRIBERS", "PRV.HOUSEHOLDS" });
        var errors = new List<string>();
        var report = new Uri(app.Address, "/reporting/R-WEB/P01");

        var officer = await SignInAsync(app, "so.khcn.hanoi", errors);
        await officer.GotoAsync(report.ToString(), Navigation.Goto);
        await officer.Locator("#value-0").FillAsync("1500");
        await officer.Locator("#value-1").FillAsync("9000");
        await officer.GetByLabel("Giải trình — Số thuê bao điện thoại di động").FillAsync("Số liệu tổng hợp từ các xã, phường");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        Assert.Equal("Đã gửi", await officer.Locator(".badge").First.InnerTextAsync());
        await Browser.ScreenshotAsync(officer, "report-submitted-vi");

        var analyst = await SignInAsync(app, "chuyen.vien.cuc", errors);
        await analyst.GotoAsync(report.ToString(), Navigation.Goto);
        await analyst.GetByLabel("Ý kiến thẩm định").FillAsync("Đề nghị kiểm tra lại số thành viên");
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Trả lại" }).ClickAsync();
        Assert.Equal("Bị trả lại", await analyst.Locator(".badge").First.InnerTextAsync());

        await officer.ReloadAsync(Navigation.Reload);
        Assert.Contains("Đề nghị kiểm tra lại số thành viên", await officer.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await officer.Locator("#value-1").FillAsync("9100");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        Assert.Equal("Đã gửi", await officer.Locator(".badge").First.InnerTextAsync());

        Assert.Equal("Đã gửi báo cáo để thẩm định.", await officer.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã gửi báo cáo" }).InnerTextAsync());

        await analyst.ReloadAsync(Navigation.Reload);
        await analyst.GetByLabel("Ý kiến thẩm định").FillAsync("Số liệu đã được đối chiếu, đạt yêu cầu");
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Chấp nhận" }).ClickAsync();
        Assert.Equal("Đã chấp nhận", await analyst.Locator(".badge").First.InnerTextAsync());
        Assert.Equal("Đã chấp nhận báo cáo; số liệu được lưu và khoá.",
            await analyst.GetByRole(AriaRole.Status).Filter(new() { HasText = "Đã chấp nhận báo cáo" }).InnerTextAsync());
        await officer.ReloadAsync(Navigation.Reload);
        var comment = officer.GetByRole(AriaRole.Status).Filter(new() { HasText = "Ý kiến thẩm định" });
        Assert.Equal("Ý kiến thẩm định: Số liệu đã được đối chiếu, đạt yêu cầu", await comment.InnerTextAsync());
        Assert.Equal("notice", await comment.GetAttributeAsync("class"));
        await Browser.ScreenshotAsync(analyst, "report-accepted-vi");
        await analyst.GotoAsync(new Uri(app.Address, "/reporting/R-WEB").ToString(), Navigation.Goto);
        Assert.Equal(["1", "0", "33", "1/34"], await analyst.Locator(".card .big").AllInnerTextsAsync());
        await Browser.ScreenshotAsync(analyst, "round-completeness-vi");

        var members = await api.GetFromJsonAsync<JsonElement>("/api/v1/values/PRV.HOUSEHOLDS/P01/2025Q3");
        var teams = await api.GetFromJsonAsync<JsonElement>("/api/v1/values/PRV.MOBILE_SUBSCRIBERS/P01/2025Q3");
        Assert.Equal(9100m, members.GetProperty("value").GetDecimal());
        Assert.Equal("Số liệu tổng hợp từ các xã, phường", teams.GetProperty("reported").GetProperty("comment").GetString());
        Assert.Empty(errors);
    }
}
