using System.Net;
using System.Net.Http.Json;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Reporting;

/// <summary>
/// The domain's rules answer in Vietnamese: to a program that asks for no language, and on the report page;
/// a program that sends Accept-Language: en gets them in English.
/// </summary>
public sealed class VietnameseProblemsTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    private const string Password = "Mật-Khẩu-Thử-2026";

    private static object Entry(decimal value) => new { entries = new object[] { new { indicator = "PRV.MOBILE_SUBSCRIBERS", value } } };

    [Fact]
    public async Task A_value_the_indicator_refuses_is_told_in_Vietnamese_unless_the_program_asks_for_English()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var token = await app.TokenForAsync(Role.NationalAnalyst);
        await Rounds.OpenAsync(app.Client(token), "R-VI-API", ["PRV.MOBILE_SUBSCRIBERS"], period: "2024Q3");
        const string url = "/api/v1/rounds/R-VI-API/reports/P01/entries";

        var vietnamese = await app.Client(token, language: null).PutAsJsonAsync(url, Entry(-5));
        var english = await app.Client(token).PutAsJsonAsync(url, Entry(-5));

        await Problems.AssertFieldErrorAsync(vietnamese, HttpStatusCode.BadRequest, "entries[0].value", "-5 nhỏ hơn giá trị tối thiểu 0 của chỉ tiêu PRV.MOBILE_SUBSCRIBERS.");
        await Problems.AssertFieldErrorAsync(english, HttpStatusCode.BadRequest, "entries[0].value", "-5 is below the minimum 0 of indicator PRV.MOBILE_SUBSCRIBERS.");
    }

    [Fact]
    public async Task A_broken_workflow_rule_and_a_round_for_the_wrong_level_are_told_in_Vietnamese()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var token = await app.TokenForAsync(Role.NationalAnalyst);
        var analyst = app.Client(token, language: null);
        await Rounds.OpenAsync(analyst, "R-VI-RULE", ["PRV.MOBILE_SUBSCRIBERS"], period: "2024Q2");

        var returned = await analyst.PostAsJsonAsync("/api/v1/rounds/R-VI-RULE/reports/P01/return", new { text = "Xem lại" });
        var ministries = await analyst.PostAsJsonAsync("/api/v1/rounds",
            new { code = "R-VI-MIN", titleVi = "Báo cáo bộ, ngành", period = "2025Q3", level = "Ministry", dueOn = "2099-10-15", indicators = new[] { "PRV.MOBILE_SUBSCRIBERS" } });

        await Problems.AssertFieldErrorAsync(returned, HttpStatusCode.UnprocessableEntity, "state",
            "Chỉ báo cáo ở trạng thái “đã gửi” mới được trả lại; báo cáo này đang ở trạng thái “nháp”.");
        await Problems.AssertFieldErrorAsync(ministries, HttpStatusCode.UnprocessableEntity, "indicators[0]",
            "Chỉ tiêu PRV.MOBILE_SUBSCRIBERS do đơn vị cấp tỉnh báo cáo, không do đơn vị cấp bộ, ngành.");
    }

    [Fact]
    public async Task The_report_page_tells_a_refused_value_and_a_missing_reason_in_Vietnamese()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("so.khcn.hanoi", Password, Role.UnitOfficer, "P01");
        await app.CreateUserAsync("tham.dinh.cuc", Password, Role.NationalAnalyst);
        var api = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        await Rounds.OpenAsync(api, "R-VI-PAGE", ["PRV.MOBILE_SUBSCRIBERS"]);
        var report = new Uri(app.Address, "/reporting/R-VI-PAGE/P01").ToString();
        var errors = new List<string>();

        var officer = await browser.SignInAsync(app.Address, "so.khcn.hanoi", Password, errors);
        await officer.GotoAsync(report, Navigation.Goto);
        // The browser would stop -5 at the field's minimum; the server checks again for any client that does not.
        await officer.Locator("form.report").EvaluateAsync("form => form.noValidate = true");
        await officer.Locator("#value-0").FillAsync("-5");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Lưu nháp" }).ClickAsync();
        var refused = await officer.Locator("td small.error").InnerTextAsync();
        await officer.Locator("#value-0").FillAsync("1500");
        await officer.GetByLabel("Giải trình — Số thuê bao điện thoại di động").FillAsync("Số liệu tổng hợp từ các xã, phường");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Gửi báo cáo" }).ClickAsync();
        await officer.Locator(".badge", new() { HasText = "Đã gửi" }).WaitForAsync();

        var analyst = await browser.SignInAsync(app.Address, "tham.dinh.cuc", Password, errors);
        await analyst.GotoAsync(report, Navigation.Goto);
        await analyst.GetByRole(AriaRole.Button, new() { Name = "Trả lại" }).ClickAsync();
        var unexplained = await analyst.Locator("p.error[role=alert]").InnerTextAsync();

        Assert.Equal("-5 nhỏ hơn giá trị tối thiểu 0 của chỉ tiêu PRV.MOBILE_SUBSCRIBERS.", refused);
        Assert.Equal("Hãy nêu lý do trả lại báo cáo.", unexplained);
        Assert.Empty(errors);
    }
}
