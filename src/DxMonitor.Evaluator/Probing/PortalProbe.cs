using DxMonitor.Evaluator.Browser;
using DxMonitor.Evaluator.Grading;

namespace DxMonitor.Evaluator.Probing;

/// <summary>
/// Gathers everything the checks need about one portal, one request at a time (polite) and within the portal's
/// time limit: timed probes, the home page, the TLS handshake, the site's robots.txt, the first pages the home page
/// links to that robots.txt allows (the crawl budget; links of the page Chromium rendered included) and, when configured, a
/// load in headless Chromium, before the crawl so that its rendered page gives links too. What the time limit cuts off is left empty and flagged.
/// </summary>
public sealed class PortalProbe(TimedRequest timed, PageFetcher fetcher, TlsInspector tls, ChromiumProbe? browser, EvaluatorOptions options, TimeProvider clock)
{
    public async Task<PortalSnapshot> ProbeAsync(Uri url, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(options.PortalTimeLimit);
        var observedAt = clock.GetUtcNow();
        var probes = new List<ConnectionTiming>();
        PageFetch? home = null;
        TlsReport? tlsReport = null;
        var pages = new List<PageFetch>();
        var links = new List<LinkStatus>();
        RobotsReport? robots = null;
        BrowserReport? browserReport = null;
        string? browserSkipped = options.UseBrowser && browser is not null ? null : Phrase.Of("browser-off").ToString();
        try
        {
            for (var i = 0; i < options.Probes; i++)
            {
                probes.Add(await timed.RunAsync(url, limit.Token));
            }
            home = await fetcher.FetchAsync(url, limit.Token);
            var secure = home.FinalUrl.Scheme == Uri.UriSchemeHttps ? home.FinalUrl : url.Scheme == Uri.UriSchemeHttps ? url : null;
            if (secure is not null)
            {
                tlsReport = await tls.InspectAsync(secure, limit.Token);
            }
            // Chromium first: the links and services of a page built by its scripts exist only in the rendered DOM.
            if (browserSkipped is null && browser is not null)
            {
                browserReport = home.Ok
                    ? await browser.MeasureAsync(home.FinalUrl, limit.Token)
                    : null;
                browserSkipped = home.Ok ? null : Phrase.Of("home-not-loaded").ToString();
            }
            var rendered = browserReport?.RenderedHtml is { } dom && home.Ok ? LinkExtractor.SameSiteLinks(home.FinalUrl, dom) : [];
            var candidates = LinkExtractor.SameSiteLinks(home).Concat(rendered).DistinctBy(c => c.Url).ToList();
            limit.Token.ThrowIfCancellationRequested();
            var rules = RobotsRules.AllowAll;
            if (candidates.Count > 0 && options.CrawlBudget > 0)
            {
                (rules, robots) = await RobotsTxt.ReadAsync(fetcher, home.FinalUrl, options.UserAgent, candidates.Select(c => c.Url), limit.Token);
            }
            foreach (var (link, text) in candidates.Where(c => rules.Allows(c.Url)).Take(options.CrawlBudget))
            {
                var page = await fetcher.FetchAsync(link, limit.Token);
                pages.Add(page);
                links.Add(new LinkStatus(link, text, page.Status, page.Error));
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new PortalSnapshot(url, observedAt, probes, home, tlsReport, pages, links, browserReport,
                browserSkipped ?? Phrase.Of("time-limit").ToString(), TimedOut: true, robots);
        }
        return new PortalSnapshot(url, observedAt, probes, home, tlsReport, pages, links, browserReport, browserSkipped, TimedOut: false, robots);
    }
}
