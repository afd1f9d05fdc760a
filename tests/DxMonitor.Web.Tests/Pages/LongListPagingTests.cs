using AngleSharp.Html.Parser;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using static DxMonitor.Web.Tests.Dossiers.DossierFiles;

namespace DxMonitor.Web.Tests.Pages;

/// <summary>Long lists are paged on the server with their filters kept: the late dossiers, as one more example of the shared pager.</summary>
public sealed class LongListPagingTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private const string Password = "Mật-Khẩu-Phân-Trang-2026";

    [Fact]
    public async Task Sixty_late_dossiers_are_shown_fifty_a_page_with_the_unit_kept_in_the_links()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("mot.cua.phan.trang", Password, Role.UnitOfficer, "P46");
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P46", user: "mot.cua.phan.trang.api"));
        var lines = Enumerable.Range(1, 60).Select(i =>
            $"TRE-{i:000},P46,1.000001,in_person,,2025-03-03 09:00,2025-03-10 17:00,2025-03-{11 + i % 15:00} 10:00,finished,,");
        await Problems.AssertOkAsync(await UploadAsync(officer, Csv([Header, .. lines])));
        var browser = CookieClient.For(app);
        (await CookieClient.SignInAsync(browser, "mot.cua.phan.trang", Password)).Dispose();
        var parser = new HtmlParser();

        var first = parser.ParseDocument(await browser.GetStringAsync("/dossiers?unit=P46"));
        var next = first.QuerySelector("nav.pager a[rel=next]")!.GetAttribute("href")!;
        var second = parser.ParseDocument(await browser.GetStringAsync(next));

        Assert.Equal(50, first.QuerySelectorAll("table tbody tr").Count(r => r.TextContent.Contains("TRE-", StringComparison.Ordinal)));
        Assert.Contains("Dòng 1–50 trên 60", first.QuerySelector("nav.pager")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("unit=P46", next, StringComparison.Ordinal);
        Assert.Contains("page=2", next, StringComparison.Ordinal);
        Assert.Equal(10, second.QuerySelectorAll("table tbody tr").Count(r => r.TextContent.Contains("TRE-", StringComparison.Ordinal)));
        Assert.Contains("Dòng 51–60 trên 60", second.QuerySelector("nav.pager")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_column_header_sorts_the_whole_list_on_the_server_both_ways_and_the_pager_keeps_the_order()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var browser = CookieClient.For(app);
        (await CookieClient.SignInAsync(browser, "admin", TestApp.AdminPassword)).Dispose();
        var parser = new HtmlParser();
        var order = Domain.Text.VietnameseOrder.Comparer;

        var plain = parser.ParseDocument(await browser.GetStringAsync("/admin/indicators"));
        var nameLink = plain.QuerySelectorAll("thead th a").First(a => a.TextContent.StartsWith("Tên", StringComparison.Ordinal)).GetAttribute("href")!;
        var ascending = parser.ParseDocument(await browser.GetStringAsync(nameLink));
        var header = ascending.QuerySelectorAll("thead th").First(th => th.TextContent.StartsWith("Tên", StringComparison.Ordinal));
        var descending = parser.ParseDocument(await browser.GetStringAsync(header.QuerySelector("a")!.GetAttribute("href")!));
        var forged = await browser.GetAsync("/admin/indicators?sort=name%27%3B--");
        var up = Names(ascending);
        var down = Names(descending);

        Assert.Equal("/admin/indicators?sort=name", nameLink);
        Assert.Equal("ascending", header.GetAttribute("aria-sort"));
        Assert.Equal(up.Order(order), up);
        Assert.Equal(down.OrderDescending(order), down);
        Assert.NotEqual(up[0], down[0]);
        Assert.Contains("sort=-name", descending.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href") ?? "sort=-name", StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, forged.StatusCode); // an unknown order is the default one, not an error
    }

    [Fact]
    public async Task The_alert_inbox_sorts_by_severity_both_ways_on_the_server()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await DxMonitor.Web.Tests.Alerts.AlertActionsTests.MissedTargetAlertAsync(app, "P38");
        var browser = CookieClient.For(app);
        (await CookieClient.SignInAsync(browser, "admin", TestApp.AdminPassword)).Dispose();
        var parser = new HtmlParser();

        var gravest = Severities(parser.ParseDocument(await browser.GetStringAsync("/alerts?sort=-severity")));
        var unknown = Severities(parser.ParseDocument(await browser.GetStringAsync("/alerts?sort=gravity")));
        var up = parser.ParseDocument(await browser.GetStringAsync("/alerts?sort=severity"));

        Assert.True(gravest.Count >= 1, "the inbox has alerts");
        Assert.Equal(gravest.OrderDescending(), gravest);
        Assert.Equal(Severities(up).Order(), Severities(up));
        Assert.Equal(gravest.Count, Severities(up).Count);
        Assert.Equal(gravest.Count, unknown.Count); // an unknown order is the default one, not an error
        Assert.Equal("descending", parser.ParseDocument(await browser.GetStringAsync("/alerts?sort=-severity"))
            .QuerySelectorAll("thead th").First(th => th.GetAttribute("aria-sort") != "none").GetAttribute("aria-sort"));
    }

    private static List<int> Severities(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("table tbody tr td:first-child .badge").Select(b => b.ClassList.Contains("severity-critical") ? 2 : b.ClassList.Contains("severity-warning") ? 1 : 0)];

    private static List<string> Names(AngleSharp.Html.Dom.IHtmlDocument page) =>
        [.. page.QuerySelectorAll("table tbody tr td:first-child a").Select(a => a.TextContent.Trim())];
}
