using AngleSharp.Html.Parser;
using DxMonitor.Evaluator.Grading;

namespace DxMonitor.Evaluator.Probing;

/// <summary>The distinct http(s) links of a page on the page's own site, in document order, with their text.</summary>
public static class LinkExtractor
{
    public static IReadOnlyList<(Uri Url, string Text)> SameSiteLinks(PageFetch page) =>
        page.Ok ? SameSiteLinks(page.FinalUrl, page.Body) : [];

    /// <summary>The links of a document at <paramref name="pageUrl"/>: the raw HTML fetched, or the DOM Chromium rendered.</summary>
    public static IReadOnlyList<(Uri Url, string Text)> SameSiteLinks(Uri pageUrl, string? html)
    {
        if (string.IsNullOrEmpty(html))
        {
            return [];
        }
        using var document = new HtmlParser().ParseDocument(html);
        var links = new List<(Uri, string)>();
        var seen = new HashSet<Uri> { pageUrl };
        foreach (var anchor in document.QuerySelectorAll("a[href]"))
        {
            var href = anchor.GetAttribute("href") ?? "";
            if (!Uri.TryCreate(pageUrl, href, out var target) || target.Scheme is not ("http" or "https")
                || !target.Host.Equals(pageUrl.Host, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            target = new UriBuilder(target) { Fragment = "" }.Uri;
            if (seen.Add(target))
            {
                // A character reference (&#2;) puts back what the fetch took out of the raw text.
                links.Add((target, Phrase.Plain(anchor.TextContent.Trim())));
            }
        }
        return links;
    }
}
