using System.Globalization;
using System.Net.Http.Json;
using System.Resources;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Evaluator.Grading;
using DxMonitor.Evaluator.Tests.Fixtures;
using DxMonitor.Web.Portals;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DxMonitor.Web.Tests.Portals;

/// <summary>
/// The evaluator's own words in findings, evidence and reasons (why a page did not load, what asked for a refused
/// address, timings, robots.txt notes, certificate chain problems, axe's sample, console errors, the browser's profile)
/// read in Vietnamese on a portal's page and in English on request. Each portal is a fixture that really produces them,
/// evaluated by the real evaluator (Chromium for the browser's findings) and stored as the app stores evaluations.
/// </summary>
public sealed class EvidenceLanguageTests(PortalApps apps, Browser browser) : IClassFixture<PortalApps>, IClassFixture<Browser>
{
    private const string Password = "Mật-Khẩu-Thử-2026";

    /// <summary>The evaluator's English a Vietnamese reader must not meet: the words the issue named and its other phrases.</summary>
    private static readonly string[] English = ["probe", "requested by", "stopped reading", "skipped", "median", "rules for us", "not fetched",
        "time limit", "redirect loop", "turned off", "root certificate", "first byte", "a resource failed", "elements, more than", "no throttling",
        "links checked", "Not measured", "did not load"];

    [Fact]
    public async Task Evidence_and_reasons_of_every_kind_read_in_vietnamese_with_no_english_sentence_and_in_english_on_request()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        await app.CreateUserAsync("so.tttt.p01.chung.cu", Password, Role.UnitOfficer, "P01");
        var api = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "so.tttt.p01.chung.cu.api"));
        await using var shaky = await FixtureSite.PortalAsync(PortalPages.Home(extraLinks: "<li><a href=\"/van-ban-cu\">Văn bản cũ</a></li>"),
            certificate: Certificates.SelfSigned(), more: web =>
            {
                web.MapGet("/van-ban-cu", () => Results.NotFound());
                web.MapGet("/robots.txt", () => "User-agent: *\nDisallow: /thanh-toan\n");
            });
        await using var loop = await FixtureSite.StartAsync(web => { web.MapGet("/", () => Results.Redirect("/a")); web.MapGet("/a", () => Results.Redirect("/")); });
        await using var inward = await FixtureSite.StartAsync(web => web.MapGet("/", () => Results.Redirect("http://10.20.30.40/")));
        await using var garbage = new RawServer(RawServer.Behaviour.Garbage);
        await using var endless = new RawServer(RawServer.Behaviour.EndlessBody);
        await using var shifting = await FixtureSite.PortalAsync(ShiftingPage.Html, certificate: Certificates.Valid(), more: ShiftingPage.Map);
        await using var plain = TestEvaluator.Create(configure: o => o.SlowFirstByte = TimeSpan.FromTicks(1));
        await using var chromium = TestEvaluator.Create(browser: true, o => o.AxeMaxElements = 5);

        var ids = new List<int>();
        foreach (var (url, evaluator) in new[] { (shaky.Url, plain), (loop.Url, plain), (inward.Url, plain), (garbage.Url, plain), (endless.Url, plain), (shifting.Url, chromium) })
        {
            var created = await api.PostAsJsonAsync("/api/v1/portals", new { unit = "P01", url = url.ToString(), kind = "PublicServicePortal" });
            var id = (await Problems.AssertOkAsync(created)).GetProperty("id").GetInt32();
            var evaluation = await evaluator.EvaluateAsync(url, CancellationToken.None);
            await app.QueryAsync(db => { db.PortalEvaluations.Add(EvaluatePortal.ToEntity(id, evaluation, EvaluatePortal.OnDemand, "so.tttt.p01.chung.cu")); return db.SaveChangesAsync(); });
            ids.Add(id);
        }
        var page = await browser.SignInAsync(app.Address, "so.tttt.p01.chung.cu", Password, []);
        await page.Locator("header .user").WaitForAsync();

        var vietnamese = new List<string>();
        foreach (var id in ids)
        {
            await page.GotoAsync(new Uri(app.Address, $"/portals/{id}").ToString(), Navigation.Goto);
            vietnamese.Add(await page.Locator("main").InnerTextAsync());
        }
        await Browser.ScreenshotAsync(page, "portal-evidence-vi");
        var english = new List<string>(); // ?culture= sets the culture cookie: English from here on
        foreach (var id in ids)
        {
            await page.GotoAsync(new Uri(app.Address, $"/portals/{id}?culture=en-US").ToString(), Navigation.Goto);
            english.Add(await page.Locator("main").InnerTextAsync());
        }

        var vi = string.Join("\n", vietnamese);
        Assert.All(English, word => Assert.DoesNotContain(word, vi, StringComparison.OrdinalIgnoreCase));
        foreach (var expected in new[]
        {
            "trung vị: byte đầu tiên", "liên kết bị robots.txt loại trừ", "trên trang " + shaky.Url, "chứng chỉ gốc không được tin cậy",
            "trình duyệt Chromium bị tắt trong cấu hình", "chuyển hướng vòng quanh: " + loop.Url, "yêu cầu do chuyển hướng từ " + inward.Url,
            "quản trị viên có thể cho phép một mạng", "phản hồi không phải HTTP", "ngừng đọc ở 1000000 byte", "phần tử, nhiều hơn 5",
            "một tài nguyên không tải được: HTTP 404", "không giới hạn tốc độ", "main#noi-dung", "Cách chấm điểm: mic-473/2024",
        })
        {
            Assert.Contains(expected, vi, StringComparison.Ordinal);
        }
        var en = string.Join("\n", english);
        foreach (var expected in new[]
        {
            "median first byte", "links skipped by robots.txt", "the root certificate is not trusted", "headless Chromium is turned off in the configuration",
            "redirect loop: " + loop.Url, "requested by a redirect from " + inward.Url, "the response is not HTTP", "stopped reading at 1000000 bytes",
            "elements, more than 5", "a resource failed to load: HTTP 404", "no throttling", "Grading definition: mic-473/2024",
        })
        {
            Assert.Contains(expected, en, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Every_phrase_of_the_evaluator_has_a_vietnamese_and_an_english_text_with_the_same_placeholders()
    {
        var resources = new ResourceManager("DxMonitor.Web.Resources.PortalsText", typeof(PortalsText).Assembly);
        var missing = EnglishPhrases.All.Where(phrase => resources.GetString("Phrase_" + phrase.Key, CultureInfo.GetCultureInfo("vi")) is not { Length: > 0 } vi
            || resources.GetString("Phrase_" + phrase.Key, CultureInfo.GetCultureInfo("en")) != phrase.Value
            || vi == phrase.Value || Placeholders(vi) != Placeholders(phrase.Value)).Select(phrase => phrase.Key).ToList();

        Assert.Empty(missing);
    }

    private static int Placeholders(string text) => text.Count(c => c == '{');
}
