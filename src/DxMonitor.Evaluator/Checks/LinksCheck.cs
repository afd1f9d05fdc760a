using System.Globalization;
using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Probing;

namespace DxMonitor.Evaluator.Checks;

/// <summary>
/// Broken links among the first pages the home page links to (the crawl budget): each costs a fifth of the check;
/// half of them or more broken costs all of it and is named ("links-half-broken") so grading can hold the grade down.
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
        var findings = snapshot.Links.Where(l => l.Broken).Select(link => (Link: link, What: link.Error ?? "HTTP " + link.Status?.ToString(CultureInfo.InvariantCulture)))
            .Select(broken => new Finding("broken-link", $"Broken link \"{broken.Link.Text}\": {broken.What}", 0.2,
                new(broken.Link.Url.ToString(), Element: Phrase.Of("link-on-page", $"<a href=\"{broken.Link.Url}\">{broken.Link.Text}</a>", source).ToString(),
                    Metric: broken.Link.Status is { } status ? "HTTP " + status.ToString(CultureInfo.InvariantCulture) : broken.Link.Error),
                [broken.Link.Text, broken.What])).ToList();
        var broken = snapshot.Links.Count(l => l.Broken);
        if (snapshot.Links.Count > 0 && broken * 2 >= snapshot.Links.Count)
        {
            var (count, checkedLinks) = (broken.ToString(CultureInfo.InvariantCulture), snapshot.Links.Count.ToString(CultureInfo.InvariantCulture));
            findings.Add(new("links-half-broken", $"{count} of the {checkedLinks} links checked are broken", 1,
                new(source, Metric: $"{count}/{checkedLinks}"), [count, checkedLinks]));
        }
        if (snapshot.Robots is { } robots)
        {
            if (robots.Disallowed.Count > 0)
            {
                var count = robots.Disallowed.Count.ToString(CultureInfo.InvariantCulture);
                findings.Add(new("robots-skipped", $"{count} links not crawled: robots.txt disallows them", 0,
                    new(robots.Url.ToString(), Element: string.Join(" ", robots.Disallowed.Take(5)) + (robots.Disallowed.Count > 5 ? " …" : ""),
                        Metric: Phrase.Of("robots-skipped", robots.Disallowed.Count, robots.Rules).ToString()), [count]));
            }
            if (robots.Unavailable is { } why)
            {
                findings.Add(new("robots-unavailable", $"robots.txt could not be read ({why}); every link was treated as allowed", 0,
                    new(robots.Url.ToString(), Metric: why), [why]));
            }
        }
        return CheckResult.Of(Id, findings);
    }
}
