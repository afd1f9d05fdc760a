using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Portals;
using DxMonitor.Evaluator.Tests.Fixtures;
using DxMonitor.Web.Portals;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;

namespace DxMonitor.Web.Tests.Portals;

public sealed class FindingTextTests(PortalApps apps) : IClassFixture<PortalApps>
{
    private static async Task<JsonElement> LatestAsync(HttpClient client, int id, string? acceptLanguage, string query = "")
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/portals/{id}/evaluations/latest{query}");
        if (acceptLanguage is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        }
        return await Problems.AssertOkAsync(await client.SendAsync(request));
    }

    private static string MessageOf(JsonElement evaluation, string list, string code) =>
        evaluation.GetProperty(list).EnumerateArray().Single(f => f.GetProperty("code").GetString() == code).GetProperty("message").GetString() ?? "";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Finding_texts_are_vietnamese_by_default_and_english_when_the_client_asks(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "so.tttt.ngon.ngu"), language: null);
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(), more: web => web.MapGet("/robots.txt", () => "User-agent: *\nDisallow: /bieu-mau\n"));
        var created = await officer.PostAsJsonAsync("/api/v1/portals", new { unit = "P01", url = site.Url.ToString(), kind = "PublicServicePortal" });
        var id = (await Problems.AssertOkAsync(created)).GetProperty("id").GetInt32();
        var evaluated = await Problems.AssertOkAsync(await officer.PostAsync($"/api/v1/portals/{id}/evaluations", null));

        Assert.Equal("Cổng không dùng HTTPS", MessageOf(evaluated, "deductions", "no-https"));
        var vietnamese = await LatestAsync(officer, id, null);
        Assert.Equal("1 liên kết không được thu thập vì robots.txt không cho phép", MessageOf(vietnamese, "observations", "robots-skipped"));
        var robots = vietnamese.GetProperty("observations").EnumerateArray().Single(f => f.GetProperty("code").GetString() == "robots-skipped");
        Assert.Equal(["1"], robots.GetProperty("arguments").EnumerateArray().Select(a => a.GetString() ?? "").ToArray());
        Assert.Equal(new Uri(site.Url, "/robots.txt").ToString(), robots.GetProperty("url").GetString());

        foreach (var header in new[] { "en", "en-GB,en;q=0.9", "fr-FR, en;q=0.5, vi;q=0.2" })
        {
            var english = await LatestAsync(officer, id, header);
            Assert.Equal("The portal is not served over HTTPS", MessageOf(english, "deductions", "no-https"));
            Assert.Equal("1 links not crawled: robots.txt disallows them", MessageOf(english, "observations", "robots-skipped"));
        }
        Assert.Equal("Cổng không dùng HTTPS", MessageOf(await LatestAsync(officer, id, "vi, en;q=0.5"), "deductions", "no-https"));
        Assert.Equal("Cổng không dùng HTTPS", MessageOf(await LatestAsync(officer, id, "en", "?culture=vi-VN"), "deductions", "no-https"));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_finding_stored_without_arguments_keeps_its_stored_text(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "cuc.cds.ngon.ngu"), language: null);
        var created = await analyst.PostAsJsonAsync("/api/v1/portals", new { unit = "M-MOFA", url = "https://dichvucong.mofa.gov.vn/cu", kind = "PublicServicePortal" });
        var id = (await Problems.AssertOkAsync(created)).GetProperty("id").GetInt32();
        await app.QueryAsync(async db =>
        {
            db.PortalEvaluations.Add(new PortalEvaluation
            {
                PortalId = id,
                StartedAt = TimeProvider.System.GetUtcNow().UtcDateTime.AddDays(-400),
                DurationMs = 1000,
                Score = 90,
                Grade = "A",
                Trigger = EvaluatePortal.Scheduled,
                RequestedBy = "system:portal-evaluator",
                Findings = [new PortalFinding { CheckId = "availability", Code = "probe-failed", Points = 6.67, Message = "Probe 2 of 3 failed: HTTP 502" }],
            });
            return await db.SaveChangesAsync();
        });

        var stored = await LatestAsync(analyst, id, null);
        Assert.Equal("Probe 2 of 3 failed: HTTP 502", MessageOf(stored, "deductions", "probe-failed"));
        Assert.Equal(JsonValueKind.Null, stored.GetProperty("definition").ValueKind); // stored before the definition was kept
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Axe_help_and_a_held_grades_cause_read_in_vietnamese_with_no_english_word(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "cuc.cds.axe"), language: null);
        var created = await analyst.PostAsJsonAsync("/api/v1/portals", new { unit = "M-MOFA", url = "https://dichvucong.mofa.gov.vn/axe", kind = "PublicServicePortal" });
        var id = (await Problems.AssertOkAsync(created)).GetProperty("id").GetInt32();
        await app.QueryAsync(async db =>
        {
            db.PortalEvaluations.Add(new PortalEvaluation
            {
                PortalId = id,
                StartedAt = TimeProvider.System.GetUtcNow().UtcDateTime,
                DurationMs = 1000,
                Score = 95,
                Grade = "B",
                Trigger = EvaluatePortal.Scheduled,
                RequestedBy = "system:portal-evaluator",
                Findings =
                [
                    new PortalFinding { CheckId = "accessibility", Code = "axe-image-alt", Points = 0.75, Message = "Images must have alternative text (critical, axe rule image-alt)",
                        Arguments = ["Images must have alternative text", "critical", "image-alt"] },
                    new PortalFinding { CheckId = "grade", Code = "grade-held", Points = 0, Message = "Grade held at B at best: ...", Arguments = ["B", "links-half-broken"] },
                ],
            });
            return await db.SaveChangesAsync();
        });

        var vietnamese = await LatestAsync(analyst, id, null);
        var english = await LatestAsync(analyst, id, "en");

        Assert.Equal("Vi phạm quy tắc tiếp cận image-alt (mức nghiêm trọng): Ảnh phải có văn bản thay thế (alt)", MessageOf(vietnamese, "deductions", "axe-image-alt"));
        Assert.Equal("Xếp loại không cao hơn B vì một nửa số liên kết trở lên bị hỏng", MessageOf(vietnamese, "observations", "grade-held"));
        Assert.Equal("Grade held at B at best: half the links or more are broken", MessageOf(english, "observations", "grade-held"));
    }
}
