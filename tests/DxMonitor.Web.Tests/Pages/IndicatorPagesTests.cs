using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Pages;

/// <summary>Analysts keep the indicator catalogue from its pages, with the API's rules; officers cannot.</summary>
public sealed class IndicatorPagesTests(Browser browser) : IClassFixture<Browser>
{
    [Fact]
    public async Task An_administrator_adds_an_indicator_is_told_what_is_wrong_with_a_formula_and_retires_it_and_an_officer_is_kept_out()
    {
        await using var app = await TestApp.StartAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("canbo.hanoi", "Mat-khau-1-dai-du", Role.UnitOfficer, "P01");
        var errors = new List<string>();

        var page = await browser.SignInAsync(new Uri(app.Address, "/account/login?returnUrl=%2Fadmin%2Findicators%2Fnew"), "admin", TestApp.AdminPassword, errors);
        await page.GetByLabel("Mã", new() { Exact = true }).FillAsync("PRV.DIGITAL_SIGNATURES");
        await page.GetByLabel("Tên (tiếng Việt)").FillAsync("Số chữ ký số cá nhân đã cấp");
        await page.GetByLabel("Tên (tiếng Anh)").FillAsync("Personal digital signatures issued");
        await page.GetByLabel("Định nghĩa (tiếng Việt)").FillAsync("Số chứng thư chữ ký số cá nhân đang còn hiệu lực trên địa bàn.");
        await page.GetByLabel("Định nghĩa (tiếng Anh)").FillAsync("Personal digital signature certificates in force in the province.");
        await page.GetByLabel("Đơn vị tính (tiếng Việt)").FillAsync("chứng thư");
        await page.GetByLabel("Đơn vị tính (tiếng Anh)").FillAsync("certificates");
        await page.GetByLabel("Tỉnh, thành phố").CheckAsync();
        await page.GetByLabel("Kỳ báo cáo").SelectOptionAsync("Quarter");
        await page.GetByLabel("Tổng hợp theo đơn vị").SelectOptionAsync("Sum");
        await page.GetByLabel("Giá trị nhỏ nhất").FillAsync("0");
        var axe = await page.RunAxeAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        var created = await page.GetByRole(AriaRole.Status).InnerTextAsync();

        await page.GetByLabel("Công thức").FillAsync("PRV.NO_SUCH_INDICATOR * 2");
        await page.GetByLabel("Nguồn số liệu").SelectOptionAsync("Formula");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lưu" }).ClickAsync();
        var formulaError = await page.Locator("#formula-error").InnerTextAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Ngừng dùng chỉ tiêu" }).ClickAsync();
        var retired = await page.GetByRole(AriaRole.Status).InnerTextAsync();

        var officer = await browser.SignInAsync(new Uri(app.Address, "/account/login?returnUrl=%2Fadmin%2Findicators"), "canbo.hanoi", "Mat-khau-1-dai-du", []); // the refusal is a 403
        await officer.ReachesAsync(url => url.Contains("/account/denied", StringComparison.Ordinal));
        var stored = await app.Client(await app.TokenForAsync(Role.NationalAnalyst)).GetFromJsonAsync<JsonElement>("/api/v1/indicators/PRV.DIGITAL_SIGNATURES");

        Assert.Empty(axe.Violations.Select(v => v.Id));
        Assert.Contains("Đã thêm chỉ tiêu PRV.DIGITAL_SIGNATURES.", created, StringComparison.Ordinal);
        Assert.Contains("PRV.NO_SUCH_INDICATOR", formulaError, StringComparison.Ordinal);
        Assert.Contains("Đã ngừng dùng chỉ tiêu PRV.DIGITAL_SIGNATURES.", retired, StringComparison.Ordinal);
        Assert.Equal("Số chữ ký số cá nhân đã cấp", stored.GetProperty("nameVi").GetString());
        Assert.Equal(JsonValueKind.Null, stored.GetProperty("formula").ValueKind);
        Assert.Equal(("Quarter", "Sum"), (stored.GetProperty("periodType").GetString(), stored.GetProperty("aggregation").GetString()));
        Assert.NotEqual(JsonValueKind.Null, stored.GetProperty("retiredOn").ValueKind);
        Assert.True(await app.QueryAsync(db => db.RecordChanges.AnyAsync(c => c.Subject.Contains("indicator"))));
        Assert.Empty(errors);
    }
}
