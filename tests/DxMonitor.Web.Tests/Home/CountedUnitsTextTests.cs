using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Home;

/// <summary>A yes/no indicator's national figure is a count of units and says so: "18 bộ, ngành", not "18 có/không".</summary>
public sealed class CountedUnitsTextTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Fact]
    public async Task National_figures_of_yes_no_indicators_read_as_counts_of_units_on_the_home_page_and_the_dashboard()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var admin = CookieClient.For(app);
        (await CookieClient.SignInAsync(admin, "admin", TestApp.AdminPassword)).Dispose();
        var parser = new HtmlParser();

        var home = parser.ParseDocument(await app.Client(language: null).GetStringAsync("/"));
        var dashboard = parser.ParseDocument(await admin.GetStringAsync("/dashboard"));
        var english = parser.ParseDocument(await app.Client(language: null).GetStringAsync("/?culture=en-US"));

        var connected = home.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("MIN.POPULATION_DB_CONNECTED", StringComparison.Ordinal));
        Assert.Contains("bộ, ngành", connected.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("có/không", home.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("có/không", dashboard.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("ministries", english.QuerySelectorAll("tr").Single(r => r.TextContent.Contains("MIN.POPULATION_DB_CONNECTED", StringComparison.Ordinal)).TextContent,
            StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_provinces_own_yes_no_figure_reads_yes_on_its_page_and_no_page_says_co_khong()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "phan.tich.co.khong"));
        var admin = CookieClient.For(app);
        (await CookieClient.SignInAsync(admin, "admin", TestApp.AdminPassword)).Dispose();
        var parser = new HtmlParser();
        await Problems.AssertOkAsync(await analyst.PutAsJsonAsync("/api/v1/values/PRV.DX_RESOLUTION/P01/2025Q1", new { value = 1 }));

        var row = await Eventually.MatchAsync(async () => parser.ParseDocument(await admin.GetStringAsync("/units/P01")).QuerySelectorAll("tr")
                .FirstOrDefault(r => r.TextContent.Contains("PRV.DX_RESOLUTION", StringComparison.Ordinal) && r.TextContent.Contains("2025Q1", StringComparison.Ordinal))?.TextContent ?? "",
            text => text.Length > 0, "P01's own yes/no figure on its page");
        var publicPage = parser.ParseDocument(await app.Client(language: null).GetStringAsync("/public"));
        var nation = parser.ParseDocument(await admin.GetStringAsync("/units/VN"));

        Assert.Contains("Có", row, StringComparison.Ordinal);
        Assert.DoesNotContain("có/không", row, StringComparison.Ordinal);
        Assert.DoesNotContain("có/không", publicPage.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("có/không", nation.Body!.TextContent, StringComparison.Ordinal);
    }
}
