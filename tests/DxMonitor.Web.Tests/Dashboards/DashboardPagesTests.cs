using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Dashboards;

public sealed class DashboardPagesTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    private async Task<TestApp> AppAsync()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await DashboardData.SeedAsync(app);
        return app;
    }

    /// <summary>Waits until every chart on the page has been drawn (or failed), and returns how many drew.</summary>
    internal static async Task<int> ChartsDrawnAsync(IPage page)
    {
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.chart')].every(c => c.dataset.rendered)");
        return await page.Locator(".chart[data-rendered=true]").CountAsync();
    }

    [Theory]
    [InlineData("2024Q4", 63, "map-2024-vi")]
    [InlineData("2025Q4", 34, "map-2025-vi")]
    public async Task The_map_draws_the_provinces_valid_in_the_period(string period, int provinces, string screenshot)
    {
        var app = await AppAsync();
        var errors = new List<string>();

        var page = await browser.OpenAsync(new Uri(app.Address, $"/map?indicator={DashboardData.Indicator}&period={period}"), errors);

        Assert.Equal(1, await ChartsDrawnAsync(page));
        Assert.Equal(provinces.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.GetAttributeAsync("#map", "data-regions"));
        Assert.True(await page.Locator("#map svg path").CountAsync() >= provinces, "every province is drawn as a path");
        Assert.Equal(provinces, await page.Locator("#map-table tbody tr").CountAsync());
        Assert.Equal(provinces, await page.Locator("#map-table tbody td.num").Filter(new() { HasNotText = "—" }).CountAsync());
        Assert.Contains("Thành phố Hà Nội", await page.Locator("#map-table").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
        await Browser.ScreenshotAsync(page, screenshot);
    }

    [Fact]
    public async Task A_provinces_map_draws_its_communes_and_Da_Nangs_shows_the_special_zone_Hoang_Sa()
    {
        var app = await AppAsync();
        var errors = new List<string>();
        var communes = await app.QueryAsync(db => db.Units.CountAsync(u => u.Parent!.Code == "P48" && u.Level == DxMonitor.Domain.Units.UnitLevel.Commune));

        var page = await browser.OpenAsync(new Uri(app.Address, $"/map?indicator={DashboardData.Indicator}&period=2025Q4"), errors);
        await ChartsDrawnAsync(page);
        await page.Locator("#map-table tbody tr", new() { HasText = "Thành phố Đà Nẵng" }).GetByRole(AriaRole.Link, new() { Name = "Xem các xã" }).ClickAsync();
        await ChartsDrawnAsync(page);
        var caption = await page.Locator("#map-table caption").InnerTextAsync();
        // Hoàng Sa lies some 300 km offshore: the map is fitted so that it and the mainland both stay inside the chart.
        var inside = await page.EvaluateAsync<bool>("""
            () => { const box = document.querySelector('#map svg').getBoundingClientRect();
                    return [...document.querySelectorAll('#map svg path[stroke="#ffffff"]')].every(p => { const b = p.getBoundingClientRect();
                        return b.left >= box.left - 1 && b.right <= box.right + 1 && b.top >= box.top - 1 && b.bottom <= box.bottom + 1; }); }
            """);
        var table = await page.Locator("#map-table").InnerTextAsync();
        var wrongPeriod = await browser.OpenAsync(new Uri(app.Address, $"/map?indicator={DashboardData.Indicator}&period=2024Q4&province=P48"), errors);
        var refusal = await wrongPeriod.GetByRole(AriaRole.Alert).InnerTextAsync();

        Assert.Equal(communes.ToString(System.Globalization.CultureInfo.InvariantCulture), await page.GetAttributeAsync("#map", "data-regions"));
        Assert.Equal(communes, await page.Locator("#map-table tbody tr").CountAsync());
        Assert.True(await page.Locator("#map svg path").CountAsync() >= communes, "every commune is drawn as a path");
        Assert.True(inside, "every commune is drawn inside the chart");
        Assert.Contains("Thành phố Đà Nẵng", caption, StringComparison.Ordinal);
        Assert.Contains("Hoàng Sa", table, StringComparison.Ordinal);
        Assert.Contains("1/7/2025", refusal, StringComparison.Ordinal);
        Assert.Empty(errors);
        await Browser.ScreenshotAsync(page, "map-communes-da-nang-vi");
    }

    [Fact]
    public async Task Hovering_a_province_shows_its_name_and_value()
    {
        var app = await AppAsync();
        var errors = new List<string>();
        var page = await browser.OpenAsync(new Uri(app.Address, $"/map?indicator={DashboardData.Indicator}&period=2024Q4"), errors);
        await ChartsDrawnAsync(page);

        var tooltip = page.Locator("#map div").Filter(new() { HasText = "Tỷ lệ hộ gia đình có điện thoại" }).Last;
        var paths = page.Locator("#map svg path");
        for (var k = 0; k < 20 && !await tooltip.IsVisibleAsync(); k++)
        {
            await paths.Nth(k).HoverAsync(new() { Force = true });
            await page.WaitForTimeoutAsync(100);
        }

        Assert.True(await tooltip.IsVisibleAsync(), "a tooltip appears over a province");
        Assert.Matches(@"\d", await tooltip.InnerTextAsync());
        Assert.Empty(errors);
    }

    [Fact]
    public async Task The_index_map_colours_provinces_by_their_score()
    {
        var app = await AppAsync();
        var errors = new List<string>();

        var page = await browser.OpenAsync(new Uri(app.Address, "/map?indicator=DTI-PRV&period=2024"), errors);

        Assert.Equal(1, await ChartsDrawnAsync(page));
        Assert.Equal("63", await page.GetAttributeAsync("#map", "data-regions"));
        Assert.Contains("Chỉ số", await page.Locator("figcaption").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task A_signed_in_leader_sees_targets_trends_alerts_and_the_rounds_completeness()
    {
        var app = await AppAsync();
        await app.CreateUserAsync("lanh-dao", "Lãnh-đạo-2026!", Role.Leader, "VN");
        var errors = new List<string>();
        var page = await browser.SignInAsync(app.Address, "lanh-dao", "Lãnh-đạo-2026!", errors);

        await page.GotoAsync(new Uri(app.Address, "/dashboard").ToString(), Navigation.Goto);

        Assert.Equal("Bảng điều hành quốc gia", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.Contains("Cảnh báo nghiêm trọng", await page.Locator(".cards").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("article.headline").CountAsync() > 0, "the nation's targets are shown");
        var drawn = await ChartsDrawnAsync(page);
        Assert.True(drawn >= 1, "the trend of a target with national values is drawn");
        Assert.Equal(await page.Locator(".chart").CountAsync(), drawn);
        Assert.Contains("Không đạt", await page.Locator(".headlines").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("PRV.DX_RESOLUTION", await page.Locator(".headlines").Nth(1).InnerTextAsync(), StringComparison.Ordinal); // 48/63 in 2022, 63/63 by 2024
        Assert.Empty(errors);
        await Browser.ScreenshotAsync(page, "dashboard-vi");
    }

    [Fact]
    public async Task The_public_sees_figures_and_rankings_but_no_alerts_or_rounds()
    {
        var app = await AppAsync();
        var errors = new List<string>();

        var page = await browser.OpenAsync(new Uri(app.Address, "/public"), errors);
        var dashboard = await browser.OpenAsync(new Uri(app.Address, "/dashboard"), errors);

        Assert.Equal("Số liệu công khai", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        Assert.Contains("Thành phố Hà Nội", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.True(await page.Locator("table").CountAsync() >= 2, "national figures and at least one ranking");
        Assert.Equal(0, await dashboard.Locator(".severity-card").CountAsync());
        Assert.DoesNotContain("Cảnh báo nghiêm trọng", await dashboard.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
        await Browser.ScreenshotAsync(page, "public-vi");
    }

    [Fact]
    public async Task The_unit_page_drills_down_from_the_nation_to_a_province_and_back()
    {
        var app = await AppAsync();
        await app.QueryAsync(async db =>
        {
            var hanoi = await db.Units.Where(u => u.Code == "P01").Select(u => u.Id).SingleAsync();
            var portal = new DxMonitor.Domain.Portals.Portal
            {
                UnitId = hanoi,
                Url = "https://dichvucong.hanoi.gov.vn/",
                Kind = DxMonitor.Domain.Portals.PortalKind.PublicServicePortal,
                RegisteredBy = "test",
                RegisteredAt = TimeProvider.System.GetUtcNow().UtcDateTime,
            };
            db.Portals.Add(portal);
            await db.SaveChangesAsync();
            db.PortalEvaluations.Add(new() { PortalId = portal.Id, StartedAt = TimeProvider.System.GetUtcNow().UtcDateTime, DurationMs = 1200, Score = 81.5, Grade = "B", Trigger = "scheduled", RequestedBy = "test" });
            return await db.SaveChangesAsync();
        });
        var errors = new List<string>();
        var page = await browser.OpenAsync(new Uri(app.Address, "/units/VN"), errors);

        await page.GetByRole(AriaRole.Link, new() { Name = "Thành phố Hà Nội", Exact = true }).ClickAsync();

        Assert.StartsWith("Thành phố Hà Nội", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), StringComparison.Ordinal);
        var figures = await page.Locator("table", new() { HasText = "Đơn vị báo cáo" }).Last.InnerTextAsync();
        Assert.Contains(DashboardData.Indicator, figures, StringComparison.Ordinal);
        Assert.Contains("Đơn vị báo cáo", figures, StringComparison.Ordinal);
        var grades = await page.Locator("#portal-grade").InnerTextAsync();
        Assert.Contains("https://dichvucong.hanoi.gov.vn/", grades, StringComparison.Ordinal);
        Assert.Contains("81,5", grades, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#projects").CountAsync()); // projects and budgets are for signed-in staff
        await ChartsDrawnAsync(page);
        Assert.Empty(errors);
        await Browser.ScreenshotAsync(page, "unit-P01-vi");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Vị trí trong hệ thống đơn vị" }).GetByRole(AriaRole.Link, new() { Name = "Việt Nam" }).ClickAsync();
        Assert.StartsWith("Việt Nam", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_merged_province_shows_its_last_day_and_its_history()
    {
        var app = await AppAsync();
        var errors = new List<string>();

        var page = await browser.OpenAsync(new Uri(app.Address, "/units/P02-2025"), errors);

        Assert.Contains("30/06/2025", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("2024Q4", await page.Locator("table").Last.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task Provinces_rank_by_an_indicator_with_the_change_from_last_year()
    {
        var app = await AppAsync();
        var errors = new List<string>();

        var page = await browser.OpenAsync(new Uri(app.Address, $"/rankings/indicators?indicator={DashboardData.Indicator}&year=2024"), errors);
        var rows = page.Locator("table tbody tr");

        Assert.Equal(63, await rows.CountAsync());
        var hanoi = rows.Filter(new() { HasText = "Thành phố Hà Nội" });
        Assert.Equal("1", await hanoi.Locator("td").First.InnerTextAsync());
        Assert.Contains("+11", await hanoi.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(errors);
        await Browser.ScreenshotAsync(page, "indicator-ranking-vi");
    }
}
