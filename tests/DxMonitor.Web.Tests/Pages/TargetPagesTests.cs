using System.Net;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Pages;

/// <summary>Analysts set, correct, retire and delete targets from their pages with the API's rules, numbers typed the Vietnamese way.</summary>
public sealed class TargetPagesTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    private const string Password = "Mật-Khẩu-Mục-Tiêu-2026";

    [Fact]
    public async Task An_analyst_sets_a_target_typed_the_Vietnamese_way_is_told_what_is_wrong_retires_it_and_finds_it_by_a_name_without_diacritics()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("phan.tich.muc.tieu", Password, Role.NationalAnalyst);
        var api = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "phan.tich.muc.tieu.api"));
        var errors = new List<string>();
        var page = await browser.SignInAsync(new Uri(app.Address, "/account/login?returnUrl=%2Fadmin%2Ftargets%2Fnew"), "phan.tich.muc.tieu", Password, errors);

        await page.GetByLabel("Chỉ tiêu", new() { Exact = true }).SelectOptionAsync("PRV.FIBRE_HOUSEHOLDS_RATE");
        await page.GetByLabel("Phạm vi").SelectOptionAsync("Province");
        await page.GetByLabel("Giá trị mục tiêu").FillAsync("150");
        await page.GetByLabel("Hạn").FillAsync("2031-12-31");
        await page.GetByLabel("Căn cứ pháp lý", new() { Exact = true }).FillAsync("Quyết định thử nghiệm về hạ tầng số");
        await page.GetByLabel("Căn cứ pháp lý (tiếng Anh)").FillAsync("Trial decision on digital infrastructure");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        var outOfRange = await page.Locator("#value-error").InnerTextAsync();
        var axe = await page.RunAxeAsync();
        await page.GetByLabel("Giá trị mục tiêu").FillAsync("95,5");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        var created = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        var id = int.Parse(page.Url.Split('/')[^1].Split('?')[0], System.Globalization.CultureInfo.InvariantCulture);
        var stored = await Problems.AssertOkAsync(await api.GetAsync($"/api/v1/targets/{id}"));
        var shownValue = await page.GetByLabel("Giá trị mục tiêu").InputValueAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ngừng mục tiêu" }).ClickAsync();
        var retired = await page.GetByRole(AriaRole.Status).InnerTextAsync();
        await page.GotoAsync(new Uri(app.Address, "/admin/targets?search=cap+quang&retired=true").ToString(), Navigation.Goto);
        var listed = await page.Locator("table tbody").InnerTextAsync();

        Assert.Contains("150", outOfRange, StringComparison.Ordinal);
        Assert.Equal(0, await app.QueryAsync(db => db.Targets.CountAsync(t => t.Value == 150)));
        Assert.Empty(axe.Violations.Select(v => $"{v.Id}: {v.Help}"));
        Assert.Contains($"Đã đặt mục tiêu số {id}", created, StringComparison.Ordinal);
        Assert.Equal(95.5m, stored.GetProperty("value").GetDecimal());
        Assert.Equal("2031-12-31", stored.GetProperty("deadline").GetString());
        Assert.Equal("95,5", shownValue);
        Assert.Contains("Đã ngừng", retired, StringComparison.Ordinal);
        Assert.Contains("Tỷ lệ hộ gia đình có Internet cáp quang", listed, StringComparison.Ordinal);
        Assert.Contains("95,5", listed, StringComparison.Ordinal);
        Assert.Contains("Ngừng dùng từ", listed, StringComparison.Ordinal);
        Assert.Equal(1, await app.QueryAsync(db => db.RecordChanges.CountAsync(c => c.Subject == $"target/{id}" && c.ChangedBy == "phan.tich.muc.tieu" && c.Action == "Created")));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_officer_cannot_open_the_target_pages_and_a_forged_post_changes_nothing()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("can.bo.muc.tieu", Password, Role.UnitOfficer, "P01");
        var officer = CookieClient.For(app);
        (await CookieClient.SignInAsync(officer, "can.bo.muc.tieu", Password)).Dispose();
        var before = await app.QueryAsync(db => db.Targets.CountAsync());

        var list = await officer.GetAsync("/admin/targets");
        var forged = await officer.PostAsync("/admin/targets/new", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "target",
            ["Input.Indicator"] = "PRV.FIBRE_HOUSEHOLDS_RATE",
            ["Input.Scope"] = "Province",
            ["Input.Value"] = "99",
            ["Input.Deadline"] = "2031-12-31",
            ["Input.LegalSourceVi"] = "Giả mạo",
            ["Input.LegalSourceEn"] = "Forged",
        }));

        Assert.Equal("/account/denied", list.Headers.Location is { } to ? new Uri(app.Address, to).AbsolutePath : null);
        Assert.NotEqual(HttpStatusCode.OK, forged.StatusCode);
        Assert.Equal(before, await app.QueryAsync(db => db.Targets.CountAsync()));
    }
}
