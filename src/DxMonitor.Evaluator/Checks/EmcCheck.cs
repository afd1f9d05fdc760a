using AngleSharp.Html.Parser;
using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Probing;

namespace DxMonitor.Evaluator.Checks;

/// <summary>
/// Connection to the e-government measurement system (EMC, Hệ thống đo lường Chính phủ điện tử): the tracking code the
/// system gives each site, which defines _govaq, sets the tracker https://f-emc.ngsp.gov.vn/tracking and the site's
/// id, and loads https://f-emc.ngsp.gov.vn/embed/gov-tracking.min.js. Found in the rendered page (the script element the
/// code inserts) or in the raw HTML (the inline code). The code without a site id is half connected.
/// </summary>
public sealed class EmcCheck : IPortalCheck
{
    public const string Host = "f-emc.ngsp.gov.vn";

    public string Id => "emc";

    public CheckResult Evaluate(PortalSnapshot snapshot)
    {
        if (Unreachable.HomeFailed(snapshot))
        {
            return Unreachable.Result(Id, snapshot);
        }
        var home = snapshot.Home!; // not failed: fetched
        var url = home.FinalUrl.ToString();
        var parser = new HtmlParser();
        foreach (var html in new[] { snapshot.Browser?.RenderedHtml, home.Body }.OfType<string>())
        {
            using var document = parser.ParseDocument(html);
            var inline = document.QuerySelectorAll("script:not([src])").FirstOrDefault(s => s.TextContent.Contains("_govaq", StringComparison.Ordinal)
                && s.TextContent.Contains(Host, StringComparison.OrdinalIgnoreCase));
            var loaded = document.QuerySelectorAll("script[src]").FirstOrDefault(s =>
                Uri.TryCreate(home.FinalUrl, s.GetAttribute("src"), out var src) && src.Host.Equals(Host, StringComparison.OrdinalIgnoreCase));
            if (inline is null && loaded is null)
            {
                continue;
            }
            var siteId = inline is null ? null : SiteId(inline.TextContent);
            var evidence = new Evidence(url, Element: ServicesCheck.Describe(loaded ?? inline!)); // one of them is set
            return CheckResult.Of(Id, [inline is not null && siteId is null
                ? new Finding("emc-no-site-id", "The EMC tracking code has no site id (setSiteId)", 0.5, evidence)
                : new Finding("found-emc", "Found: connected to the EMC measurement system" + (siteId is null ? "" : $" (site {siteId})"), 0, evidence, [siteId ?? ""])]);
        }
        return CheckResult.Of(Id, [new Finding("emc-missing", "Not connected to the EMC measurement system (no tracking code of f-emc.ngsp.gov.vn)", 1, new(url))]);
    }

    private static string? SiteId(string script)
    {
        var at = script.IndexOf("setSiteId", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        var digits = new string(script[at..].SkipWhile(c => !char.IsAsciiDigit(c)).TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length > 0 ? digits : null;
    }
}
