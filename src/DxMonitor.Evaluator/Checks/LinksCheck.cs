using System.Globalization;
using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Probing;

namespace DxMonitor.Evaluator.Checks;

/// <summary>
/// Broken links among the first pages the home page links to (the crawl budget): each costs a fifth of the check.
/// What robots.txt kept us from crawling, and a robots.txt that could not be read, are noted at no cost.
/// </summary>
public sealed class LinksCheck : IPortalCheck
{
    public string Id => "links";

    public CheckResult Evaluate(PortalSnapshot snapshot)
    {
        if (Unreachable.HomeFailed(snapshot))
        {
            return Unreachable.Result(Id, snapshot);
        }
        var source = snapshot.Home!.FinalUrl.ToString(); // not failed: fetched
        var findings = snapshot.Links.Where(l => l.Broken).Select(link => new Finding("broken-link",
            $"Broken link \"{link.Text}\": {link.Error ?? "HTTP " + link.Status?.ToString(CultureInfo.InvariantCulture)}", 0.2,
            new(link.Url.ToString(), Element: $"<a href=\"{link.Url}\">{link.Text}</a> on {source}",
                Metric: link.Status is { } status ? "HTTP " + status.ToString(CultureInfo.InvariantCulture) : link.Error))).ToList();
        if (snapshot.Robots is { } robots)
        {
            if (robots.Disallowed.Count > 0)
            {
                findings.Add(new("robots-skipped", $"{robots.Disallowed.Count.ToString(CultureInfo.InvariantCulture)} links not crawled: robots.txt disallows them", 0,
                    new(robots.Url.ToString(), Element: string.Join(" ", robots.Disallowed.Take(5)) + (robots.Disallowed.Count > 5 ? " …" : ""),
                        Metric: string.Create(CultureInfo.InvariantCulture, $"{robots.Disallowed.Count} links skipped by robots.txt ({robots.Rules} rules for us)"))));
            }
            if (robots.Unavailable is { } why)
            {
                findings.Add(new("robots-unavailable", $"robots.txt could not be read ({why}); every link was treated as allowed", 0,
                    new(robots.Url.ToString(), Metric: why)));
            }
        }
        return CheckResult.Of(Id, findings);
    }
}
