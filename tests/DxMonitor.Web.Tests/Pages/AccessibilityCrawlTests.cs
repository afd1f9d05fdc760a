using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DxMonitor.Web.Tests.Pages;

/// <summary>
/// Every kind of page an administrator reaches from the home page, opened in Chromium and checked with axe (WCAG 2.1
/// A and AA rules): none may have a violation, and none may write an error to the console. One page per layout
/// (<see cref="PageCrawl.Layout"/>): the seventeen ministries' pages share one component and one axe result.
/// </summary>
[RunsLong]
public sealed class AccessibilityCrawlTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    private const int MostPages = 200;

    [Fact]
    public async Task Every_kind_of_page_an_administrator_reaches_passes_axe()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "axe.chuyen.vien"));
        await DxMonitor.Web.Tests.Reporting.BulkReviewTests.SubmittedRoundAsync(app, analyst, "R-AXE");
        await DxMonitor.Web.Tests.Alerts.AlertActionsTests.MissedTargetAlertAsync(app, "P38");
        var errors = new List<string>();
        var page = await browser.SignInAsync(new Uri(app.Address, "/account/login"), "admin", TestApp.AdminPassword, errors);
        await page.GetByRole(AriaRole.Heading).First.WaitForAsync();

        var queue = new Queue<string>(["/"]);
        var kinds = new HashSet<string>(StringComparer.Ordinal) { PageCrawl.Layout("/") };
        var violations = new List<string>();
        var visited = 0;
        while (queue.TryDequeue(out var path) && visited < MostPages)
        {
            var response = await page.GotoAsync(new Uri(app.Address, path).ToString(), Navigation.Goto);
            if (response is not { Status: 200 } || !(response.Headers.GetValueOrDefault("content-type") ?? "").StartsWith("text/html", StringComparison.Ordinal))
            {
                continue;
            }
            await page.Locator("h1").First.WaitForAsync();
            visited++;
            var result = await page.RunAxeAsync(new Deque.AxeCore.Commons.AxeRunOptions
            {
                RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] },
            });
            violations.AddRange(result.Violations.Select(v => $"{path}: {v.Id} ({v.Nodes.Length}×) {v.Nodes.FirstOrDefault()?.Target}"));
            var links = await page.EvalOnSelectorAllAsync<string[]>("a[href]", "links => links.map(a => a.getAttribute('href'))");
            foreach (var link in links.Where(PageCrawl.Crawlable).Select(l => l.Split('#')[0]))
            {
                if (kinds.Add(PageCrawl.Layout(link)))
                {
                    queue.Enqueue(link);
                }
            }
        }

        Assert.True(visited > 40, $"Only {visited} pages were reached.");
        Assert.True(violations.Count == 0, $"{violations.Count} axe violations on {visited} pages:\n" + string.Join("\n", violations));
        Assert.Empty(errors);
    }
}
