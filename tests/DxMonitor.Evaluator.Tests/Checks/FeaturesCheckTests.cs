using DxMonitor.Evaluator.Tests.Fixtures;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DxMonitor.Evaluator.Tests.Checks;

public sealed class FeaturesCheckTests
{
    [Fact]
    public async Task Every_service_found_is_recorded_with_the_element_and_page_where_it_was_seen()
    {
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(), certificate: Certificates.Valid());
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var found = evaluation.Deductions.Where(d => d.CheckId == "features").ToList();
        Assert.All(found, f => Assert.Equal(0, f.Points));
        Assert.Equal(8, found.Count);
        var search = Assert.Single(found, f => f.Code == "found-procedure-search");
        Assert.StartsWith("<input id=\"q\" type=\"search\"", search.Evidence.Element, StringComparison.Ordinal);
        Assert.Equal("<a href=\"/dang-nhap\">Đăng nhập bằng VNeID</a>", Assert.Single(found, f => f.Code == "found-national-id-login").Evidence.Element);
        Assert.Equal("<html lang=\"vi\">", Assert.Single(found, f => f.Code == "found-language-vi").Evidence.Element);
    }

    [Fact]
    public async Task A_portal_without_procedure_search_loses_an_eighth_of_the_features_check()
    {
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(search: false), certificate: Certificates.Valid());
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var missing = Assert.Single(evaluation.Deductions, d => d.Points > 0);
        Assert.Equal(("features", "missing-procedure-search"), (missing.CheckId, missing.Code));
        Assert.Contains("looked on 8 pages", missing.Evidence.Metric, StringComparison.Ordinal);
        Assert.Equal(4.17, missing.Points); // an eighth of features' 25 of 75 measured points, rescaled
        Assert.Equal(95.8, evaluation.Score);
    }

    [Fact]
    public async Task A_service_linked_from_a_crawled_page_counts_and_an_english_page_loses_the_language_share()
    {
        var home = PortalPages.Home(search: false, lang: "en");
        await using var site = await FixtureSite.PortalAsync(home, certificate: Certificates.Valid(), more: app => app.MapGet("/thu-tuc", () =>
            Results.Content("<html lang=\"vi\"><body><form><input name=\"keyword\" placeholder=\"Từ khóa\"></form></body></html>", "text/html")));
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var search = Assert.Single(evaluation.Deductions, d => d.Code == "found-procedure-search");
        Assert.Equal(new Uri(site.Url, "/thu-tuc").ToString(), search.Evidence.Url);
        var language = Assert.Single(evaluation.Deductions, d => d.Points > 0);
        Assert.Equal("missing-language-vi", language.Code);
        Assert.Equal("<html lang=\"en\">", language.Evidence.Element);
    }

    [Fact]
    public async Task Phrases_match_without_diacritics_and_in_decomposed_unicode()
    {
        var decomposed = PortalPages.Home().Normalize(System.Text.NormalizationForm.FormD);
        await using var site = await FixtureSite.PortalAsync(decomposed, certificate: Certificates.Valid());
        await using var evaluator = TestEvaluator.Create();

        var evaluation = await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        Assert.DoesNotContain(evaluation.Deductions, d => d.CheckId == "features" && d.Points > 0);
    }
}
