using DxMonitor.Data;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Pages;

public sealed class SignInPageTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    [Fact]
    public async Task An_officer_signs_in_with_the_Vietnamese_form_and_signs_out()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var errors = new List<string>();

        var page = await browser.SignInAsync(app.Address, "admin", TestApp.AdminPassword, errors);

        Assert.Equal("admin", await page.Locator("header .user").InnerTextAsync());
        await Browser.ScreenshotAsync(page, "signed-in-vi");
        await page.GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        Assert.Equal(0, await page.Locator("header .user").CountAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_wrong_password_is_answered_in_Vietnamese()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var errors = new List<string>();

        var page = await browser.SignInAsync(app.Address, "khong.ton.tai", "sai-mật-khẩu", errors);

        Assert.Equal("Tên đăng nhập hoặc mật khẩu không đúng.", await page.GetByRole(AriaRole.Alert).InnerTextAsync());
    }
}
