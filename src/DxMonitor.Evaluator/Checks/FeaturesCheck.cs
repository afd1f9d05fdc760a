using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using DxMonitor.Domain.Text;
using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Probing;

namespace DxMonitor.Evaluator.Checks;

/// <summary>
/// The services citizens need, looked for on the home page and the pages crawled from it, plus the page's
/// declared language being Vietnamese. Each missing service costs an equal share; each found one is recorded as an
/// observation with the element and page where it was seen.
/// </summary>
public sealed class FeaturesCheck : IPortalCheck
{
    private const string Candidates = "a, button, label, h1, h2, h3, h4, input, select, option, [title], [aria-label], legend, summary";

    public string Id => "features";

    public CheckResult Evaluate(PortalSnapshot snapshot)
    {
        if (Unreachable.HomeFailed(snapshot))
        {
            return Unreachable.Result(Id, snapshot);
        }
        var home = snapshot.Home!; // not failed: fetched
        var share = 1.0 / (ServiceFeatures.All.Count + 1);
        var parser = new HtmlParser();
        var documents = new[] { home }.Concat(snapshot.Pages).Where(p => p.Ok && p.IsHtml)
            .Select(p => (Page: p, Document: parser.ParseDocument(p.Body))).ToList();
        var findings = new List<Finding>();
        try
        {
            foreach (var feature in ServiceFeatures.All)
            {
                var seen = documents.Select(d => (d.Page, Element: Find(d.Document, feature))).FirstOrDefault(d => d.Element is not null);
                findings.Add(seen.Element is { } element
                    ? new("found-" + feature.Code, "Found: " + feature.Name, 0, new(seen.Page.FinalUrl.ToString(), Element: Shorten(element.OuterHtml)))
                    : new("missing-" + feature.Code, "Not found: " + feature.Name, share,
                        new(home.FinalUrl.ToString(), Metric: $"looked on {documents.Count} pages for: {string.Join(", ", feature.Phrases.Concat(feature.Selectors))}")));
            }
            var lang = documents.FirstOrDefault().Document?.DocumentElement.GetAttribute("lang");
            findings.Add(lang?.StartsWith("vi", StringComparison.OrdinalIgnoreCase) ?? false
                ? new("found-language-vi", "Found: Vietnamese declared as the page language", 0, new(home.FinalUrl.ToString(), Element: $"<html lang=\"{lang}\">"))
                : new("missing-language-vi", "The page does not declare Vietnamese (<html lang=\"vi\">)", share,
                    new(home.FinalUrl.ToString(), Element: lang is null ? "<html> without lang" : $"<html lang=\"{lang}\">")));
        }
        finally
        {
            documents.ForEach(d => d.Document.Dispose());
        }
        return CheckResult.Of(Id, findings);
    }

    private static IElement? Find(IDocument document, ServiceFeature feature)
    {
        foreach (var selector in feature.Selectors)
        {
            if (document.QuerySelector(selector) is { } match)
            {
                return match;
            }
        }
        var phrases = feature.Phrases.Select(SearchText.Fold).ToList();
        return document.QuerySelectorAll(Candidates).FirstOrDefault(element =>
        {
            var text = SearchText.Fold(string.Join(' ', element.TextContent, element.GetAttribute("title"), element.GetAttribute("aria-label"),
                element.GetAttribute("placeholder"), element.GetAttribute("value"), element.GetAttribute("href")?.Replace('-', ' ')));
            return phrases.Any(p => text.Contains(p, StringComparison.Ordinal));
        });
    }

    private static string Shorten(string html) => html.Length > 200 ? html[..200] + "…" : html;
}
