using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Periods;
using DxMonitor.Evaluator.Tests.Fixtures;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace DxMonitor.Web.Tests.Portals;

/// <summary>The evaluator owns portal scores: a new evaluation never changes a published score; it waits as a correction.</summary>
public sealed class PortalScorePublicationTests(PortalApps apps) : IClassFixture<PortalApps>
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_reevaluation_of_a_published_portal_score_waits_for_the_analyst(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "M-MOC", user: "cntt.bxd"));
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst));
        var visitor = app.Client();
        var improved = false;
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(search: false), more: web => web.Use(async (HttpContext context, RequestDelegate next) =>
        {
            if (improved || context.Request.Path != "/")
            {
                await next(context);
                return;
            }
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(PortalPages.Home(search: false, lang: "en"));
        }));
        var quarter = Period.Containing(VietnamCalendar.Today(TimeProvider.System), PeriodType.Quarter).Code;
        var value = $"/api/v1/values/MIN.PORTAL_SCORE/M-MOC/{quarter}";
        var id = (await Problems.AssertOkAsync(await officer.PostAsJsonAsync("/api/v1/portals", new { unit = "M-MOC", url = site.Url.ToString(), kind = "OneStopSystem" })))
            .GetProperty("id").GetInt32();

        var first = await Problems.AssertOkAsync(await officer.PostAsync($"/api/v1/portals/{id}/evaluations", null));
        var unpublished = (await Problems.AssertOkAsync(await visitor.GetAsync(value))).GetProperty("value").ValueKind;
        await Problems.AssertOkAsync(await analyst.PostAsJsonAsync("/api/v1/values/publish", new { unit = "M-MOC", period = quarter, indicators = new[] { "MIN.PORTAL_SCORE" } }));
        improved = true;
        var second = await Problems.AssertOkAsync(await officer.PostAsync($"/api/v1/portals/{id}/evaluations", null));
        var publicScore = (await Problems.AssertOkAsync(await visitor.GetAsync(value))).GetProperty("value").GetDecimal();
        var staffScore = (await Problems.AssertOkAsync(await analyst.GetAsync(value))).GetProperty("value").GetDecimal();
        var pending = await Problems.AssertOkAsync(await analyst.GetAsync($"/api/v1/values/pending?indicator=MIN.PORTAL_SCORE&unit=M-MOC&period={quarter}"));

        var firstScore = first.GetProperty("indicator").GetProperty("value").GetDecimal();
        var secondScore = second.GetProperty("indicator").GetProperty("value").GetDecimal();
        Assert.Equal(JsonValueKind.Null, unpublished);
        Assert.True(secondScore > firstScore);
        Assert.Equal((firstScore, secondScore), (publicScore, staffScore));
        var correction = Assert.Single(pending.GetProperty("items").EnumerateArray());
        Assert.Equal(("Correction", "Evaluator"), (correction.GetProperty("kind").GetString(), correction.GetProperty("owner").GetString()));
    }
}
