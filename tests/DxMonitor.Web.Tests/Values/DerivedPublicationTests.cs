using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Tests.Dossiers;
using DxMonitor.Web.Tests.Dossiers;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static DxMonitor.Web.Tests.Dossiers.DossierFiles;

namespace DxMonitor.Web.Tests.Values;

/// <summary>
/// Dossier figures are derived: the public sees them only once an analyst publishes them (or the indicator's
/// auto-publish rule publishes a first figure); a re-ingest never changes a published figure, it waits as a
/// pending correction, listed for the analyst by the API and the publication page.
/// </summary>
public sealed class DerivedPublicationTests(AppPerProvider apps, Browser browser) : IClassFixture<AppPerProvider>, IClassFixture<Browser>
{
    private const string Total = "/api/v1/values/PRV.DOSSIERS_TOTAL/P01/2025Q2";

    private static async Task<JsonElement> ValueAsync(HttpClient client, string url) =>
        (await Problems.AssertOkAsync(await client.GetAsync(url))).GetProperty("value");

    private static byte[] OneMore(string id, string received) =>
        Csv(DossierFiles.Header, Line(SampleDossiers.Fields[5] with { DossierId = id, ReceivedAt = received }));

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_reingest_of_a_published_quarter_waits_as_a_pending_correction_until_an_analyst_publishes_it(DatabaseProvider provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "tham.dinh.ho.so"));
        var visitor = app.Client();
        await Problems.AssertOkAsync(await UploadAsync(analyst, SampleCsv()));

        var beforePublication = await ValueAsync(visitor, Total);
        var pendingNew = await Problems.AssertOkAsync(await analyst.GetAsync("/api/v1/values/pending?indicator=PRV.DOSSIERS_TOTAL&period=2025Q2"));
        var published = await Problems.AssertOkAsync(await analyst.PostAsJsonAsync("/api/v1/values/publish", new { period = "2025Q2", indicators = new[] { "PRV.DOSSIERS_TOTAL" } }));
        var afterPublication = await ValueAsync(visitor, Total);
        await Problems.AssertOkAsync(await UploadAsync(analyst, OneMore("Z-1", "2025-06-11 08:00")));
        var publicAfterReingest = await ValueAsync(visitor, Total);
        var staffAfterReingest = await ValueAsync(analyst, Total);
        var pendingCorrection = await Problems.AssertOkAsync(await analyst.GetAsync("/api/v1/values/pending?indicator=PRV.DOSSIERS_TOTAL&unit=P01"));

        Assert.Equal(JsonValueKind.Null, beforePublication.ValueKind);
        var fresh = Assert.Single(pendingNew.GetProperty("items").EnumerateArray(), i => i.GetProperty("unit").GetString() == "P01");
        Assert.Equal(("New", 5m, "Dossiers"), (fresh.GetProperty("kind").GetString(), fresh.GetProperty("value").GetDecimal(), fresh.GetProperty("owner").GetString()));
        Assert.True(published.GetProperty("published").GetInt32() >= 1);
        Assert.Equal(5m, afterPublication.GetDecimal());
        Assert.Equal((5m, 6m), (publicAfterReingest.GetDecimal(), staffAfterReingest.GetDecimal()));
        var correction = Assert.Single(pendingCorrection.GetProperty("items").EnumerateArray(), i => i.GetProperty("period").GetString() == "2025Q2");
        Assert.Equal(("Correction", 6m, 5m), (correction.GetProperty("kind").GetString(), correction.GetProperty("value").GetDecimal(), correction.GetProperty("publishedValue").GetDecimal()));
    }

    [Fact]
    public async Task Auto_publish_shows_a_first_figure_at_once_but_a_correction_still_waits_and_only_derived_indicators_take_the_rule()
    {
        var app = await apps.GetAsync(DatabaseProvider.Sqlite);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01"));
        var visitor = app.Client();

        var set = await Problems.AssertOkAsync(await analyst.PutAsJsonAsync("/api/v1/indicators/PRV.DOSSIERS_TOTAL/auto-publish", new { autoPublish = true }));
        var reported = await analyst.PutAsJsonAsync("/api/v1/indicators/PRV.MOBILE_SUBSCRIBERS/auto-publish", new { autoPublish = true });
        var byOfficer = await officer.PutAsJsonAsync("/api/v1/indicators/PRV.DOSSIERS_TOTAL/auto-publish", new { autoPublish = false });
        await Problems.AssertOkAsync(await UploadAsync(analyst, OneMore("AUTO-1", "2024-11-05 08:00")));
        var first = await ValueAsync(visitor, "/api/v1/values/PRV.DOSSIERS_TOTAL/P01/2024Q4");
        await Problems.AssertOkAsync(await UploadAsync(analyst, OneMore("AUTO-2", "2024-11-06 08:00")));
        var afterCorrection = await ValueAsync(visitor, "/api/v1/values/PRV.DOSSIERS_TOTAL/P01/2024Q4");

        Assert.True(set.GetProperty("autoPublish").GetBoolean());
        await Problems.AssertFieldErrorAsync(reported, HttpStatusCode.UnprocessableEntity, "autoPublish", "reported in rounds");
        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode);
        Assert.Equal((1m, 1m), (first.GetDecimal(), afterCorrection.GetDecimal()));
    }

    [Fact]
    public async Task An_analyst_publishes_a_pending_indicator_from_the_publication_page()
    {
        var app = await apps.GetAsync(DatabaseProvider.Postgres);
        await app.CreateUserAsync("cong.bo.so.lieu", "Cong-Bo-So-Lieu-2026!", Role.NationalAnalyst);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        await Problems.AssertOkAsync(await UploadAsync(analyst, OneMore("PAGE-1", "2024-08-05 08:00")));
        var errors = new List<string>();

        var page = await browser.SignInAsync(new Uri(app.Address, "/account/login?returnUrl=%2Fpublication"), "cong.bo.so.lieu", "Cong-Bo-So-Lieu-2026!", errors);
        var row = page.Locator("tr", new() { HasText = "PRV.DOSSIERS_TOTAL" }).Filter(new() { HasText = "2024Q3" });
        var source = await row.InnerTextAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Công bố PRV.DOSSIERS_TOTAL kỳ 2024Q3" }).ClickAsync();
        var status = await page.GetByRole(AriaRole.Status).InnerTextAsync();

        Assert.Contains("tính từ hồ sơ thủ tục hành chính", source, StringComparison.Ordinal);
        Assert.StartsWith("Đã công bố", status, StringComparison.Ordinal);

        Assert.Equal(1m, (await ValueAsync(app.Client(), "/api/v1/values/PRV.DOSSIERS_TOTAL/P01/2024Q3")).GetDecimal());
        Assert.Empty(errors);
        await Browser.ScreenshotAsync(page, "publication-vi");
    }
}
