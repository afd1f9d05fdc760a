using DxMonitor.Evaluator.Tests.Fixtures;

namespace DxMonitor.Evaluator.Tests.Robustness;

public sealed class PolitenessTests
{
    [Fact]
    public async Task Every_request_identifies_the_evaluator_and_the_crawl_stays_within_its_budget()
    {
        var links = string.Concat(Enumerable.Range(1, 40).Select(i => $"<li><a href=\"/trang-{i}\">Trang {i}</a></li>"));
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(extraLinks: links));
        await using var evaluator = TestEvaluator.Create(configure: o => o.CrawlBudget = 5);

        await evaluator.EvaluateAsync(site.Url, CancellationToken.None);

        var requests = site.Requests.ToList();
        Assert.All(requests, r => Assert.StartsWith("DxMonitor-PortalEvaluator/", r.UserAgent, StringComparison.Ordinal));
        Assert.Equal(3 + 1 + 1 + 5, requests.Count); // timed probes, the home page, robots.txt, the crawl budget
        Assert.Equal(["/robots.txt", "/thu-tuc", "/nop-ho-so", "/tra-cuu-ho-so", "/thanh-toan", "/bieu-mau"], requests.Skip(4).Select(r => r.Path).ToArray());
    }

    [Fact]
    public async Task A_batch_evaluates_at_most_the_configured_number_of_portals_at_once_and_keeps_their_order()
    {
        await using var shared = await FixtureSite.PortalAsync(PortalPages.Home(), delay: TimeSpan.FromMilliseconds(300));
        await using var evaluator = TestEvaluator.Create(configure: o => (o.MaxConcurrency, o.Probes, o.CrawlBudget) = (2, 1, 0));
        var urls = Enumerable.Range(0, 6).Select(i => new Uri(shared.Url, "/?portal=" + i)).ToList();

        var evaluations = await evaluator.EvaluateManyAsync(urls, CancellationToken.None);

        Assert.Equal(urls, evaluations.Select(e => e.Url));
        Assert.Equal(2, shared.MaxInFlight);
    }
}
