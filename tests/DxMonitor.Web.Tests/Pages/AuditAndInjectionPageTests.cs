using System.Net.Http.Json;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Pages;

public sealed class AuditAndInjectionPageTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    private const string Payload = "<img src=x onerror=\"window.__pwned=1\"><script>window.__pwned=1</script>'; DELETE FROM data_values; --";

    [Fact]
    public async Task Script_and_SQL_in_a_comment_are_stored_and_shown_as_text_on_the_audit_and_report_pages()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("kiem.tra", "Mật-Khẩu-Thử-2026", Role.NationalAnalyst);
        var api = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "kiem.tra"));
        await Rounds.OpenAsync(api, "R-INERT", new[] { "PRV.MOBILE_SUBSCRIBERS" }, period: "2024Q3", titleVi: Payload);
        (await api.PutAsJsonAsync("/api/v1/rounds/R-INERT/reports/P20/entries", new { entries = new[] { new { indicator = "PRV.MOBILE_SUBSCRIBERS", value = 7m, comment = Payload } } })).EnsureSuccessStatusCode();
        (await api.PutAsJsonAsync("/api/v1/values/PRV.MOBILE_SUBSCRIBERS/P20/2019Q4", new { value = 3, comment = Payload })).EnsureSuccessStatusCode();
        var errors = new List<string>();

        var page = await browser.SignInAsync(app.Address, "kiem.tra", "Mật-Khẩu-Thử-2026", errors);
        await page.GotoAsync(new Uri(app.Address, "/audit?unit=P20").ToString(), Navigation.Goto);
        var auditText = await page.Locator("table").InnerTextAsync();
        await page.GotoAsync(new Uri(app.Address, "/reporting/R-INERT/P20").ToString(), Navigation.Goto);
        var comment = await page.GetByLabel("Giải trình — Số thuê bao điện thoại di động").InputValueAsync();
        await page.GotoAsync(new Uri(app.Address, "/reporting").ToString(), Navigation.Goto);
        var pwned = await page.EvaluateAsync<bool>("() => window.__pwned === 1");

        Assert.Contains(Payload, auditText, StringComparison.Ordinal);
        Assert.Equal(Payload, comment);
        Assert.Contains(Payload, await page.Locator("table").InnerTextAsync(), StringComparison.Ordinal);
        Assert.False(pwned);
        Assert.Equal(1, await app.QueryAsync(db => Task.FromResult(db.DataValues.Count(v => v.PeriodCode == "2019Q4"))));
        await Browser.ScreenshotAsync(page, "rounds-vi");
    }

    [Fact]
    public async Task A_rounds_template_lists_every_province_for_each_indicator()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var api = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        await Rounds.OpenAsync(api, "R-TEMPLATE", new[] { "PRV.MOBILE_SUBSCRIBERS", "PRV.HOUSEHOLDS" }, titleVi: "Mẫu");

        var csv = await api.GetStringAsync("/api/v1/rounds/R-TEMPLATE/template.csv");
        var xlsx = await api.GetAsync("/api/v1/rounds/R-TEMPLATE/template.xlsx");

        Assert.Equal(1 + 34 * 2, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Contains("Thành phố Hà Nội", csv, StringComparison.Ordinal);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
    }
}
