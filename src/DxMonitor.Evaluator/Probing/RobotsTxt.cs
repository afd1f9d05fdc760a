using System.Globalization;

namespace DxMonitor.Evaluator.Probing;

/// <summary>
/// Reads a site's /robots.txt with the page fetcher (so within the request timeout, the size cap and the redirect
/// limit) and tells which links the crawl may follow. A 4xx means no restriction (RFC 9309, "unavailable"); a 5xx,
/// a timeout or a network error is treated as no restriction too, so that one flaky file cannot hide a portal's
/// pages, and is noted in the evidence.
/// </summary>
public static class RobotsTxt
{
    /// <summary>The product token robots.txt groups name us by: the user agent up to its first "/" or space.</summary>
    public static string ProductToken(string userAgent) => userAgent.Split('/', ' ')[0];

    public static async Task<(RobotsRules Rules, RobotsReport Report)> ReadAsync(
        PageFetcher fetcher, Uri site, string userAgent, IEnumerable<Uri> links, CancellationToken ct)
    {
        var url = new Uri(site, "/robots.txt");
        var fetch = await fetcher.FetchAsync(url, ct);
        var (rules, unavailable) = fetch switch
        {
            { Ok: true } => (RobotsRules.Parse(fetch.Body, ProductToken(userAgent)), null),
            { Error: null, Status: >= 400 and < 500 } => (RobotsRules.AllowAll, null),
            { Error: { } error } => (RobotsRules.AllowAll, error),
            _ => (RobotsRules.AllowAll, "HTTP " + fetch.Status?.ToString(CultureInfo.InvariantCulture)),
        };
        var disallowed = links.Where(link => !rules.Allows(link)).ToList();
        return (rules, new RobotsReport(url, fetch.Status, unavailable, rules.Count, disallowed, fetch.Refused));
    }
}
