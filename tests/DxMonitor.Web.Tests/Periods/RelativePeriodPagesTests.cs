using AngleSharp.Html.Parser;
using DxMonitor.Data;
using DxMonitor.Domain.Periods;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Periods;

/// <summary>A saved link with a relative period ("quý trước", "năm trước") opens today's period and keeps rolling forward.</summary>
public sealed class RelativePeriodPagesTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task The_map_opened_with_last_quarter_shows_the_quarter_it_stands_for_and_keeps_the_relative_code_in_its_picker()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var client = app.Client(language: null);
        var before = LastQuarter();

        var page = Parser.ParseDocument(await client.GetStringAsync("/map?indicator=PRV.FIBRE_HOUSEHOLDS_RATE&period=LAST_QUARTER"));
        var spanning = Parser.ParseDocument(await client.GetStringAsync("/map?indicator=PRV.FIBRE_HOUSEHOLDS_RATE&period=LAST_4_QUARTERS"));

        var expected = new[] { before.Code, LastQuarter().Code }; // the quarter may turn between the two readings
        Assert.Equal("LAST_QUARTER", page.QuerySelector("#map-period")!.GetAttribute("value"));
        Assert.Contains(page.QuerySelector("#map-period-resolved")!.TextContent, expected.Select(code => $"Quý trước: {code}"));
        Assert.Contains(page.QuerySelectorAll("#relative-periods option"), o => o.GetAttribute("value") == "SAME_PERIOD_LAST_YEAR" && o.TextContent == "Cùng kỳ năm trước");
        Assert.Contains("LAST_4_QUARTERS", spanning.QuerySelector("main [role=alert]")?.TextContent ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_indicator_ranking_opened_with_last_year_ranks_last_year()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var client = app.Client(language: null);
        var lastYear = VietnamCalendar.Today(TimeProvider.System).Year - 1;

        var page = Parser.ParseDocument(await client.GetStringAsync("/rankings/indicators?indicator=PRV.FIBRE_HOUSEHOLDS_RATE&year=LAST_YEAR"));
        var typed = Parser.ParseDocument(await client.GetStringAsync($"/rankings/indicators?indicator=PRV.FIBRE_HOUSEHOLDS_RATE&year={lastYear - 1}"));

        Assert.Equal("LAST_YEAR", page.QuerySelector("#rank-year")!.GetAttribute("value"));
        Assert.Contains(page.QuerySelectorAll("#relative-years option"), o => o.GetAttribute("value") == "THIS_YEAR" && o.TextContent == "Năm nay");
        Assert.Contains(lastYear.ToString(System.Globalization.CultureInfo.InvariantCulture), page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Equal((lastYear - 1).ToString(System.Globalization.CultureInfo.InvariantCulture), typed.QuerySelector("#rank-year")!.GetAttribute("value"));
    }

    private static Period LastQuarter() => Period.Containing(VietnamCalendar.Today(TimeProvider.System), PeriodType.Quarter).Previous();
}
