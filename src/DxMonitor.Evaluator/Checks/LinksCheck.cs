using System.Globalization;
using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Probing;

namespace DxMonitor.Evaluator.Checks;

/// <summary>Broken links among the first pages the home page links to (the crawl budget): each costs a fifth of the check.</summary>
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
        return CheckResult.Of(Id, snapshot.Links.Where(l => l.Broken).Select(link => new Finding("broken-link",
            $"Broken link \"{link.Text}\": {link.Error ?? "HTTP " + link.Status?.ToString(CultureInfo.InvariantCulture)}", 0.2,
            new(link.Url.ToString(), Element: $"<a href=\"{link.Url}\">{link.Text}</a> on {source}",
                Metric: link.Status is { } status ? "HTTP " + status.ToString(CultureInfo.InvariantCulture) : link.Error))));
    }
}
