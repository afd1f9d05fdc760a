using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Evaluator.Tests.Fixtures;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Portals;

[RunsLong]
public sealed class PortalPageTests(PortalApps apps, Browser browser) : IClassFixture<PortalApps>, IClassFixture<Browser>
{
    private const string Password = "Mật-Khẩu-Thử-2026";

    [Fact]
    public async Task An_officer_reads_its_portals_grade_and_each_deduction_with_evidence_in_vietnamese()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("so.tttt.p01.trang", Password, Role.UnitOfficer, "P01");
        var api = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "so.tttt.p01.api"));
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(search: false), PortalPages.SecureHeadersWithout("Strict-Transport-Security"),
            more: web => web.MapGet("/robots.txt", () => "User-agent: *\nDisallow: /thanh-toan\n"));
        var created = await api.PostAsJsonAsync("/api/v1/portals", new { unit = "P01", url = site.Url.ToString(), kind = "PublicServicePortal" });
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        (await api.PostAsync($"/api/v1/portals/{id}/evaluations", null)).EnsureSuccessStatusCode();
        var errors = new List<string>();

        var page = await browser.SignInAsync(app.Address, "so.tttt.p01.trang", Password, errors);
        await page.Locator("header .user").WaitForAsync();
        await page.GotoAsync(new Uri(app.Address, $"/portals/{id}").ToString(), Navigation.Goto);

        var main = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Cổng dịch vụ công · Thành phố Hà Nội", main, StringComparison.Ordinal);
        Assert.Contains("Xếp loại C", main, StringComparison.Ordinal); // 100 - 9.1 (no HTTPS) - 8.7 (no search) - 2.3 (HSTS over http) = 79.9
        Assert.Contains("Không có chức năng tìm kiếm, tra cứu thủ tục dùng được (đã xem", main, StringComparison.Ordinal);
        Assert.Contains("HSTS không có tác dụng: trang được phục vụ qua http không mã hóa", main, StringComparison.Ordinal);
        Assert.Contains("Có đăng nhập bằng VNeID", main, StringComparison.Ordinal);
        Assert.Contains("1 liên kết không được thu thập vì robots.txt không cho phép", main, StringComparison.Ordinal);
        Assert.DoesNotContain("links not crawled", main, StringComparison.Ordinal);
        Assert.Contains("Lịch sử đánh giá", main, StringComparison.Ordinal);
        await Browser.ScreenshotAsync(page, "portal-evaluation-vi");
        var axe = await page.RunAxeAsync();
        Assert.Empty(axe.Violations.Select(v => v.Id));
        Assert.Empty(errors);

        await page.GetByRole(AriaRole.Button, new() { Name = "Đánh giá ngay" }).ClickAsync();
        await page.ReachesAsync(new Uri(app.Address, $"/portals/{id}").ToString());
        Assert.Equal(2 + 1, await page.Locator("table").Last.Locator("tr").CountAsync()); // header + two evaluations
        Assert.Contains("Theo yêu cầu", await page.Locator("table").Last.InnerTextAsync(), StringComparison.Ordinal);

        await page.GotoAsync(new Uri(app.Address, "/portals").ToString(), Navigation.Goto);
        Assert.Contains(site.Url.ToString(), await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_officer_registers_its_units_portal_from_the_page_and_a_bad_address_is_explained()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("so.tttt.p01.dangky", Password, Role.UnitOfficer, "P01");
        var errors = new List<string>();
        var page = await browser.SignInAsync(app.Address, "so.tttt.p01.dangky", Password, errors);
        await page.Locator("header .user").WaitForAsync();
        await page.GotoAsync(new Uri(app.Address, "/portals").ToString(), Navigation.Goto);

        Assert.Equal(["P01"], await page.Locator("#unit option").EvaluateAllAsync<string[]>("options => options.map(o => o.value)"));
        await page.GetByLabel("Địa chỉ").FillAsync("ftp://dichvucong.hanoi.gov.vn/");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng ký" }).ClickAsync();
        Assert.Contains("Địa chỉ phải là URL http:// hoặc https:// đầy đủ.", await page.GetByRole(AriaRole.Alert).InnerTextAsync(), StringComparison.Ordinal);

        await page.GetByLabel("Địa chỉ").FillAsync("https://dichvucong.hanoi.gov.vn/");
        await page.GetByLabel("Loại").SelectOptionAsync("OneStopSystem");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng ký" }).ClickAsync();
        await page.ReachesAsync(new System.Text.RegularExpressions.Regex("/portals/\\d+$"));
        Assert.Contains("Hệ thống một cửa điện tử · Thành phố Hà Nội", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_officer_stops_evaluating_a_portal_from_the_list_sees_it_apart_and_resumes_it()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("so.tttt.p01.ngung", Password, Role.UnitOfficer, "P01");
        var api = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "so.tttt.p01.ngung.api"));
        const string url = "https://dichvucong.hanoi.gov.vn/ngung-tu-trang";
        (await api.PostAsJsonAsync("/api/v1/portals", new { unit = "P01", url, kind = "PublicServicePortal" })).EnsureSuccessStatusCode();
        var errors = new List<string>();
        var page = await browser.SignInAsync(app.Address, "so.tttt.p01.ngung", Password, errors);
        await page.Locator("header .user").WaitForAsync();
        await page.GotoAsync(new Uri(app.Address, "/portals").ToString(), Navigation.Goto);

        await page.GetByRole(AriaRole.Button, new() { Name = $"Ngừng đánh giá: {url}" }).ClickAsync();

        var inactive = page.GetByRole(AriaRole.Table, new() { Name = "Cổng đã ngừng đánh giá" });
        await inactive.WaitForAsync();
        Assert.Contains(url, await inactive.InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(url, await page.GetByRole(AriaRole.Table, new() { Name = "Cổng đang được đánh giá" }).InnerTextAsync(), StringComparison.Ordinal);
        await Browser.ScreenshotAsync(page, "portals-inactive-vi");
        Assert.Empty((await page.RunAxeAsync()).Violations.Select(v => v.Id));

        await page.GetByRole(AriaRole.Button, new() { Name = $"Đánh giá trở lại: {url}" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Ngừng đánh giá: {url}" }).WaitForAsync();
        Assert.Contains(url, await page.GetByRole(AriaRole.Table, new() { Name = "Cổng đang được đánh giá" }).InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
    }
}
