using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Tests.Alerts;
using DxMonitor.Web.Tests.Infrastructure;
using DxMonitor.Web.Tests.Reporting;

namespace DxMonitor.Web.Tests.Pages;

/// <summary>
/// Walks every page an administrator can reach by following links from the home page, in Vietnamese, over a data
/// set with a round under review, alerts and audit rows, and fails on any English word or enum name in what a reader
/// sees. Codes are allowed where the page marks them as codes (<c>class="code"</c>, <c>code</c>), beside a name.
/// </summary>
public sealed partial class VietnamesePagesCrawlTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    private const int MostPages = 400;
    private const int VariantsPerPath = 4;

    /// <summary>English words the product's own texts use, which a Vietnamese page must never show.</summary>
    private static readonly string[] EnglishWords =
    [
        "Created", "Updated", "Deleted", "Published", "Draft", "Submitted", "Accepted", "Returned", "Missing", "Round", "report",
        "Pending", "Firing", "Resolved", "Acknowledged", "Warning", "Critical", "Province", "Ministry", "Nation", "Commune",
        "Quarter", "Month", "Year", "Yes", "None", "true", "false", "null", "Unknown", "Error", "Success", "Failed", "Delivered",
        "Retired", "Adopted", "Working", "Public", "Leader", "Officer", "Analyst", "Administrator", "Higher", "Lower", "Sum", "Average",
    ];

    [Fact]
    public async Task No_page_reachable_by_an_administrator_shows_an_english_word_or_an_enum_name_in_vietnamese()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "chuyen.vien.cuc"));
        await BulkReviewTests.SubmittedRoundAsync(app, analyst, "R-CRAWL");
        await AlertActionsTests.MissedTargetAlertAsync(app, "P38");
        var administrator = app.Client(await app.TokenForAsync(Role.NationalAdministrator, user: "quan.tri"));
        await Problems.AssertOkAsync(await administrator.PostAsJsonAsync("/api/v1/users",
            new { userName = "canbo.hanoi", fullName = "Nguyễn Văn An", role = "UnitOfficer", unit = "P01", password = "Mat-khau-rat-dai-2026" }));
        (await administrator.PutAsJsonAsync("/api/v1/users/canbo.hanoi/role", new { role = "Leader", unit = "P01" })).EnsureSuccessStatusCode();
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "so.khcn.hanoi"));
        await Problems.AssertOkAsync(await officer.PostAsJsonAsync("/api/v1/projects", DxMonitor.Web.Tests.Projects.ProjectBodies.Project("DA-HN-01")));
        var client = CookieClient.For(app);
        (await CookieClient.SignInAsync(client, "admin", TestApp.AdminPassword)).Dispose();
        var forbidden = ForbiddenWords();
        var parser = new HtmlParser();

        var queue = new Queue<string>(["/"]);
        var seen = new HashSet<string>(StringComparer.Ordinal) { "/" };
        var variants = new Dictionary<string, int>(StringComparer.Ordinal);
        var leaks = new List<string>();
        var visited = 0;
        while (queue.TryDequeue(out var path) && visited < MostPages)
        {
            using var response = await client.GetAsync(path);
            if (response.StatusCode != HttpStatusCode.OK || response.Content.Headers.ContentType?.MediaType != "text/html")
            {
                continue;
            }
            visited++;
            var document = await parser.ParseDocumentAsync(await response.Content.ReadAsStringAsync());
            foreach (var link in document.QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Where(PageCrawl.Crawlable))
            {
                var target = link.Split('#')[0];
                var bare = PageCrawl.Kind(target);
                if (seen.Add(target) && (variants[bare] = variants.GetValueOrDefault(bare) + 1) <= VariantsPerPath)
                {
                    queue.Enqueue(target);
                }
            }
            foreach (var marked in document.QuerySelectorAll("script, style, .code, code, [lang='en'], title").ToList())
            {
                marked.Remove();
            }
            var text = Whitespace().Replace(document.Body?.TextContent ?? "", " ");
            var found = Words().Matches(text).Select(m => m.Value).Where(forbidden.Contains).Distinct(StringComparer.Ordinal).ToList();
            if (found.Count > 0)
            {
                leaks.Add($"{path}: {string.Join(", ", found)} — in \"{Around(text, found[0])}\"");
            }
        }

        Assert.True(visited > 40, $"Only {visited} pages were reached.");
        Assert.True(leaks.Count == 0, $"{leaks.Count} of {visited} pages show English or enum names:\n" + string.Join("\n", leaks));
    }

    /// <summary>The English word list and every member name of the domain's enums (Draft, UnitOfficer, ReportOverdue...).</summary>
    private static HashSet<string> ForbiddenWords()
    {
        var enums = typeof(Role).Assembly.GetTypes().Where(t => t.IsEnum).SelectMany(Enum.GetNames)
            .Where(n => n.Length >= 4 && n.Any(char.IsLower));
        return [.. EnglishWords, .. enums];
    }

    private static string Around(string text, string word)
    {
        var at = Regex.Match(text, $@"(?<![A-Za-z]){Regex.Escape(word)}(?![A-Za-z])").Index;
        var from = Math.Max(0, at - 60);
        return text.Substring(from, Math.Min(text.Length - from, 120));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"(?<![A-Za-z])[A-Za-z]{2,}(?![A-Za-z])")]
    private static partial Regex Words();
}
