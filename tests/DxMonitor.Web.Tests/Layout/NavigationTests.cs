using DxMonitor.Data;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Layout;

/// <summary>
/// The main navigation as the national administrator sees it (every menu, the widest case): one row on a laptop,
/// no sideways scrolling on a phone, usable by keyboard, and the current section marked.
/// </summary>
public sealed class NavigationTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    private async Task<(IPage Page, List<string> Errors)> AdminOnAsync(string path, int width = 1280)
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var errors = new List<string>();
        var page = await browser.SignInAsync(app.Address, "admin", TestApp.AdminPassword, errors);
        await page.Locator("header .user").WaitForAsync();
        await page.SetViewportSizeAsync(width, 800);
        await page.GotoAsync(new Uri(app.Address, path).ToString(), Navigation.Goto);
        return (page, errors);
    }

    private static ILocator Nav(IPage page, string name = "Điều hướng chính") => page.GetByRole(AriaRole.Navigation, new() { Name = name });

    [Theory]
    [InlineData("/", "Điều hướng chính")]
    [InlineData("/?culture=en-US", "Main navigation")]
    public async Task On_a_laptop_every_menu_sits_on_one_row(string path, string navName)
    {
        var (page, errors) = await AdminOnAsync(path);

        var boxes = new List<LocatorBoundingBoxResult>();
        foreach (var item in await Nav(page, navName).Locator(":scope > ul > li").AllAsync())
        {
            boxes.Add(await item.BoundingBoxAsync() ?? throw new InvalidOperationException("a menu item is not displayed"));
        }

        Assert.True(boxes.Count >= 8, $"{boxes.Count} items");
        var firstBottom = boxes[0].Y + boxes[0].Height;
        Assert.All(boxes, b => Assert.True(b.Y < firstBottom && b.X + b.Width <= 1280, $"item at ({b.X}, {b.Y}) is not on the first row"));
        Assert.Empty(errors);
        await Browser.ScreenshotAsync(page, path.Contains("en-US", StringComparison.Ordinal) ? "navigation-en" : "navigation-vi");
    }

    [Fact]
    public async Task Keyboard_opens_a_menu_reaches_its_link_and_Escape_closes_it()
    {
        var (page, errors) = await AdminOnAsync("/");
        var monitoring = Nav(page).Locator("summary", new() { HasText = "Giám sát" });

        for (var i = 0; i < 10 && !await monitoring.EvaluateAsync<bool>("e => e === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }
        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");

        Assert.Equal("Bản đồ", await page.EvaluateAsync<string>("() => document.activeElement.textContent"));
        await Browser.ScreenshotAsync(page, "navigation-open-vi");
        await page.Keyboard.PressAsync("Escape");
        Assert.False(await monitoring.EvaluateAsync<bool>("e => e.parentElement.open"));
        Assert.True(await monitoring.EvaluateAsync<bool>("e => e === document.activeElement"));

        await page.Keyboard.PressAsync("Enter");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.ReachesAsync(url => new Uri(url).AbsolutePath == "/map");
        Assert.Equal("true", await Nav(page).Locator("summary", new() { HasText = "Giám sát" }).GetAttributeAsync("aria-current"));
        Assert.Equal("page", await Nav(page).GetByRole(AriaRole.Link, new() { Name = "Bản đồ", IncludeHidden = true }).GetAttributeAsync("aria-current"));
        Assert.Null(await Nav(page).Locator("summary", new() { HasText = "Chuyên đề" }).GetAttributeAsync("aria-current"));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Opening_a_menu_closes_the_other()
    {
        var (page, _) = await AdminOnAsync("/");

        await Nav(page).Locator("summary", new() { HasText = "Giám sát" }).ClickAsync();
        await Nav(page).Locator("summary", new() { HasText = "Chuyên đề" }).ClickAsync();

        Assert.Equal(1, await Nav(page).Locator("details[open]").CountAsync());
        Assert.True(await Nav(page).GetByRole(AriaRole.Link, new() { Name = "Sổ đăng ký" }).IsVisibleAsync());
        Assert.False(await Nav(page).GetByRole(AriaRole.Link, new() { Name = "Bản đồ" }).IsVisibleAsync());
    }

    [Fact]
    public async Task On_a_phone_the_navigation_never_scrolls_sideways_even_with_a_menu_open()
    {
        var (page, errors) = await AdminOnAsync("/", width: 375);
        const string overflow = "() => document.documentElement.scrollWidth - window.innerWidth";

        Assert.True(await page.EvaluateAsync<int>(overflow) <= 0, "closed menus overflow");
        foreach (var menu in new[] { "Giám sát", "Báo cáo", "Chuyên đề", "Quản trị" })
        {
            await Nav(page).Locator("summary", new() { HasText = menu }).ClickAsync();
            Assert.True(await page.EvaluateAsync<int>(overflow) <= 0, $"{menu} overflows when open");
        }
        Assert.Empty(errors);
        await Browser.ScreenshotAsync(page, "navigation-phone-vi");
    }

    [Fact]
    public async Task Axe_finds_nothing_serious_in_the_navigation_open_or_closed()
    {
        var (page, errors) = await AdminOnAsync("/reporting");

        var closed = await page.RunAxeAsync();
        await Nav(page).Locator("summary", new() { HasText = "Báo cáo" }).ClickAsync();
        var open = await page.RunAxeAsync();

        var serious = closed.Violations.Concat(open.Violations).Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id}: {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}").ToList();
        Assert.True(serious.Count == 0, string.Join("\n", serious));
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_public_sees_no_administration_menu_and_keeps_the_sign_in_link()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var errors = new List<string>();
        var page = await browser.OpenAsync(app.Address, errors);

        Assert.Equal(0, await Nav(page).Locator("summary", new() { HasText = "Quản trị" }).CountAsync());
        Assert.Equal(0, await Nav(page).GetByRole(AriaRole.Link, new() { Name = "Người dùng", IncludeHidden = true }).CountAsync());
        Assert.True(await Nav(page).GetByRole(AriaRole.Link, new() { Name = "Đăng nhập" }).IsVisibleAsync());
        Assert.Empty(errors);
    }
}
