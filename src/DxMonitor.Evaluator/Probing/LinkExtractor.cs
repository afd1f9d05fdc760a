using AngleSharp.Html.Parser;

namespace DxMonitor.Evaluator.Probing;

/// <summary>The distinct http(s) links of a page on the page's own site, in document order, with their text.</summary>
public static class LinkExtractor
{
    public static IReadOnlyList<(Uri Url, string Text)> SameSiteLinks(PageFetch page)
    {
        if (!page.Ok || string.IsNullOrEmpty(page.Body))
        {
            return [];
        }
        using var document = new HtmlParser().ParseDocument(page.Body);
        var links = new List<(Uri, string)>();
        var seen = new HashSet<Uri> { page.FinalUrl };
        foreach (var anchor in document.QuerySelectorAll("a[href]"))
        {
            var href = anchor.GetAttribute("href") ?? "";
            if (!Uri.TryCreate(page.FinalUrl, href, out var target) || target.Scheme is not ("http" or "https")
                || !target.Host.Equals(page.FinalUrl.Host, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }
            target = new UriBuilder(target) { Fragment = "" }.Uri;
            if (seen.Add(target))
            {
                links.Add((target, anchor.TextContent.Trim()));
            }
        }
        return links;
    }
}
