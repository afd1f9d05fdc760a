using System.Text;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Metadata;

/// <summary>
/// An administrator runs a package dry on the page, reads in Vietnamese what it would change, then imports it; a
/// package with a conflict is refused with the conflict named. An analyst downloads the package but is offered no
/// import, and a forged import is denied.
/// </summary>
public sealed class MetadataPageTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    private const string Password = "Mật-Khẩu-Gói-Dữ-Liệu-2026";

    [Fact]
    public async Task An_administrator_runs_a_package_dry_reads_what_it_would_change_then_imports_it()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("quan.tri.goi", Password, Role.NationalAdministrator);
        var api = app.Client(await app.TokenForAsync(Role.NationalAdministrator, user: "quan.tri.goi.api"));
        var package = Package(MetadataPackageTests.Indicator("PRV.PAGE_PACKAGE"));
        var conflicting = Package(new Dictionary<string, object?>
        {
            ["code"] = "PRV.PAGE_BAD",
            ["nameVi"] = "Chỉ tiêu lỗi",
            ["nameEn"] = "Bad",
            ["definitionVi"] = "Lỗi",
            ["definitionEn"] = "Bad",
            ["unitOfMeasureVi"] = "%",
            ["unitOfMeasureEn"] = "%",
            ["valueType"] = "Percentage",
            ["reportingLevels"] = new[] { "Province" },
            ["periodType"] = "Quarter",
            ["aggregation"] = "Mean",
            ["formula"] = "2 * PRV.NO_SUCH_INPUT",
        });
        var errors = new List<string>();
        var page = await browser.SignInAsync(app.Address, "quan.tri.goi", Password, errors);
        await page.Locator("header .user").WaitForAsync();
        await page.GotoAsync(new Uri(app.Address, "/admin/metadata").ToString(), Navigation.Goto);

        await SendAsync(page, package, "Chạy thử");
        var dryRun = await page.Locator("#metadata-result").InnerTextAsync();
        var absent = await api.GetAsync("/api/v1/indicators/PRV.PAGE_PACKAGE");
        var axe = await page.RunAxeAsync();
        await page.Locator("section[aria-labelledby=import-title]").ScreenshotAsync(new() { Path = Path.Combine(Artifacts.Folder, "screenshots", "metadata-dry-run-vi.png") });
        await SendAsync(page, package, "Nhập");
        var imported = await page.Locator("#metadata-result [role=status]").InnerTextAsync();
        var stored = await Problems.AssertOkAsync(await api.GetAsync("/api/v1/indicators/PRV.PAGE_PACKAGE"));
        await SendAsync(page, conflicting, "Nhập");
        var refused = await page.Locator("#metadata-result [role=alert]").InnerTextAsync();

        Assert.Contains("Chạy thử: gói sẽ tạo mới 1, sửa 0", dryRun, StringComparison.Ordinal);
        Assert.Contains("PRV.PAGE_PACKAGE", dryRun, StringComparison.Ordinal);
        Assert.Contains("Tạo mới", dryRun, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, absent.StatusCode);
        Assert.Empty(axe.Violations.Select(v => $"{v.Id}: {v.Help}"));
        Assert.StartsWith("Đã nhập: tạo mới 1, sửa 0", imported, StringComparison.Ordinal);
        Assert.Equal("Chỉ tiêu gói PRV.PAGE_PACKAGE", stored.GetProperty("nameVi").GetString());
        Assert.Contains("indicators[PRV.PAGE_BAD].formula", refused, StringComparison.Ordinal);
        Assert.Contains("PRV.NO_SUCH_INPUT", refused, StringComparison.Ordinal);
        Assert.Contains("không có gì được lưu", refused, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await api.GetAsync("/api/v1/indicators/PRV.PAGE_BAD")).StatusCode);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task An_analyst_downloads_the_package_is_offered_no_import_and_a_forged_import_is_denied()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("phan.tich.goi.trang", Password, Role.NationalAnalyst);
        var analyst = CookieClient.For(app);
        (await CookieClient.SignInAsync(analyst, "phan.tich.goi.trang", Password)).Dispose();
        var html = await analyst.GetStringAsync("/admin/metadata");
        var download = await analyst.GetAsync("/api/v1/metadata/export.json");
        var file = new ByteArrayContent(Package(MetadataPackageTests.Indicator("PRV.PAGE_FORGED")));
        file.Headers.ContentType = new("application/json");
        var forged = await analyst.PostAsync("/admin/metadata", new MultipartFormDataContent
        {
            { new StringContent("import-metadata"), "_handler" },
            { new StringContent(CookieClient.AntiforgeryToken(html)), "__RequestVerificationToken" },
            { new StringContent("import"), "action" },
            { file, "file", "goi.json" },
        });

        Assert.Contains("/api/v1/metadata/export.xlsx", html, StringComparison.Ordinal);
        Assert.DoesNotContain("import-metadata", html, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, download.StatusCode); // the signed-in browser reads through the API
        Assert.Equal("/account/denied", forged.Headers.Location is { } to ? new Uri(app.Address, to).AbsolutePath : null);
        Assert.Equal(0, await app.QueryAsync(db => db.Indicators.CountAsync(x => x.Code == "PRV.PAGE_FORGED")));
    }

    private static byte[] Package(object? indicator) => Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
    {
        format = "dxmonitor-metadata",
        formatVersion = 1,
        indicators = new[] { new { indicator } },
    }));

    private static async Task SendAsync(IPage page, byte[] package, string button)
    {
        await page.GetByLabel("Tệp gói (JSON hoặc XLSX)").SetInputFilesAsync(new FilePayload { Name = "goi.json", MimeType = "application/json", Buffer = package });
        var before = await page.Locator("#metadata-result").InnerHTMLAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await page.WaitForFunctionAsync("before => document.querySelector('#metadata-result')?.innerHTML !== before && document.querySelector('#metadata-result :is([role=alert], [role=status])')", before);
    }
}
