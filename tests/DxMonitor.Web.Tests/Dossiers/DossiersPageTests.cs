using System.Net;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static DxMonitor.Web.Tests.Dossiers.DossierFiles;

namespace DxMonitor.Web.Tests.Dossiers;

public sealed class DossiersPageTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    private const string Password = "Mật-Khẩu-Hồ-Sơ-2026";

    [Fact]
    public async Task An_officer_sees_figures_and_unexplained_late_dossiers_highlighted_and_explains_one()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("mot.cua.ha.noi", Password, Role.UnitOfficer, "P01");
        var api = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        Assert.Equal(HttpStatusCode.OK, (await UploadAsync(api, SampleCsv())).StatusCode);
        var errors = new List<string>();

        var page = await browser.SignInAsync(app.Address, "mot.cua.ha.noi", Password, errors);
        await page.GotoAsync(new Uri(app.Address, "/dossiers?period=2025Q2").ToString(), Navigation.Goto);

        Assert.Equal("Hồ sơ thủ tục hành chính", await page.Locator("h1").InnerTextAsync());
        var received = page.Locator(".card", new() { HasText = "Tiếp nhận" });
        Assert.Equal("5", await received.Locator(".big").InnerTextAsync());
        Assert.Equal(4, await page.Locator("tr.unexplained").CountAsync());
        Assert.DoesNotContain("Cao Bằng", await page.Locator("table").InnerTextAsync(), StringComparison.Ordinal);

        await page.Locator("tr", new() { HasText = "Thành phố Hà Nội" }).Filter(new() { Has = page.GetByRole(AriaRole.Cell, new() { Name = "C", Exact = true }) })
            .GetByRole(AriaRole.Link, new() { Name = "Giải trình" }).ClickAsync();
        await page.GetByLabel("Lý do chậm muộn").FillAsync("Chờ ý kiến của Sở Tài nguyên <b>và</b> Môi trường");
        await page.GetByLabel("Biện pháp khắc phục").FillAsync("Liên thông điện tử với Sở");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu giải trình" }).ClickAsync();

        Assert.Contains("Đã lưu giải trình.", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(3, await page.Locator("tr.unexplained").CountAsync());
        Assert.Contains("Chờ ý kiến của Sở Tài nguyên <b>và</b> Môi trường", await page.Locator("table").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("2025Q2", await page.Locator("h2").First.InnerTextAsync(), StringComparison.Ordinal);
        await Browser.ScreenshotAsync(page, "dossiers-vi");

        await page.GotoAsync(new Uri(app.Address, "/dossiers?period=2025Q2&culture=en-US").ToString(), Navigation.Goto);
        Assert.Equal("Administrative-procedure dossiers", await page.Locator("h1").InnerTextAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_signed_out_visitor_is_sent_to_sign_in_and_back_and_a_public_user_is_denied()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("lanh.dao.ho.so", Password, Role.Leader, "P01");
        await app.CreateUserAsync("cong.dan.ho.so", Password, Role.Public);
        var errors = new List<string>();

        var anonymous = await CookieClient.For(app).GetAsync("/dossiers?period=2025Q2");
        var login = new Uri(app.Address, anonymous.Headers.Location ?? new Uri("/", UriKind.Relative));
        var citizen = CookieClient.For(app);
        (await CookieClient.SignInAsync(citizen, "cong.dan.ho.so", Password)).Dispose();
        var denied = await citizen.GetAsync("/dossiers");
        var page = await browser.OpenAsync(new Uri(app.Address, "/dossiers?period=2025Q2"), errors);
        await page.GetByLabel("Tên đăng nhập").FillAsync("lanh.dao.ho.so");
        await page.GetByLabel("Mật khẩu").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập" }).ClickAsync();
        await page.ReachesAsync(url => new Uri(url).AbsolutePath == "/dossiers");

        Assert.Equal((HttpStatusCode.Redirect, "/account/login"), (anonymous.StatusCode, login.AbsolutePath));
        Assert.Contains("returnUrl=/dossiers?period=2025Q2", Uri.UnescapeDataString(login.Query), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Đăng nhập để xem", await anonymous.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/account/denied", denied.Headers.Location?.OriginalString ?? "", StringComparison.Ordinal);
        Assert.Contains("2025Q2", await page.Locator("h2").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
    }
}
