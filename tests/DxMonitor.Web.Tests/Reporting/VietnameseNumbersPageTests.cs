using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Reporting;

/// <summary>The report form reads numbers as Vietnamese write them: a decimal comma, thousands grouped by points.</summary>
public sealed class VietnameseNumbersPageTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    private const string Password = "Mật-Khẩu-Số-2026";

    [Fact]
    public async Task Fifty_two_comma_three_is_52_point_3_a_point_groups_thousands_and_what_could_be_misread_is_refused()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("so.so.lieu", Password, Role.UnitOfficer, "P01");
        await Rounds.OpenAsync(app.Client(await app.TokenForAsync(Role.NationalAnalyst)), "R-SO-VN", ["PRV.FIBRE_HOUSEHOLDS_RATE", "PRV.MOBILE_SUBSCRIBERS"]);
        var errors = new List<string>();

        var officer = await browser.SignInAsync(app.Address, "so.so.lieu", Password, errors);
        await officer.GotoAsync(new Uri(app.Address, "/reporting/R-SO-VN/P01").ToString(), Navigation.Goto);
        var rate = officer.GetByLabel("Tỷ lệ hộ gia đình có Internet cáp quang", new() { Exact = true });
        var subscribers = officer.GetByLabel("Số thuê bao điện thoại di động", new() { Exact = true });
        await rate.FillAsync("52,3");
        await subscribers.FillAsync("120.450");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        await officer.GetByRole(AriaRole.Status).WaitForAsync();
        var saved = (await rate.InputValueAsync(), await subscribers.InputValueAsync());

        await rate.FillAsync("52.3");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        var refused = await officer.Locator("td small.error").InnerTextAsync();
        await officer.GotoAsync(new Uri(app.Address, "/reporting/R-SO-VN/P01").ToString(), Navigation.Goto);
        var kept = await rate.InputValueAsync();

        Assert.Equal(("52,3", "120.450"), saved);
        Assert.Contains("'52.3' không đọc được thành một số", refused, StringComparison.Ordinal);
        Assert.Contains("1.234,5", refused, StringComparison.Ordinal);
        Assert.Equal("52,3", kept);
        Assert.Equal("text", await rate.GetAttributeAsync("type"));
        Assert.Equal("decimal", await rate.GetAttributeAsync("inputmode"));
        Assert.Empty(errors);
    }
}
