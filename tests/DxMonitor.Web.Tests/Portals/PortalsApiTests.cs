using System.Net;
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
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Tests.Portals;

public sealed class PortalsApiTests(PortalApps apps) : IClassFixture<PortalApps>
{
    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private static async Task AssertFieldProblemAsync(HttpResponseMessage response, HttpStatusCode status, string field, string fragment)
    {
        var problem = await Problems.AssertProblemAsync(response, status);
        Assert.Equal(field, problem.GetProperty("field").GetString());
        Assert.Contains(fragment, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_officer_registers_and_evaluates_its_portal_and_the_score_is_recorded_as_an_audited_indicator_value(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "so.tttt.hanoi"));
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(search: false));

        var portal = await Json(await officer.PostAsJsonAsync("/api/v1/portals", new { unit = "P01", url = site.Url.ToString(), kind = "PublicServicePortal" }));
        var id = portal.GetProperty("id").GetInt32();
        var evaluation = await Json(await officer.PostAsync($"/api/v1/portals/{id}/evaluations", null));

        // Decision 473's groups without the browser (82 points measured): plain HTTP loses TLS (7.5) and HSTS (a quarter
        // of the headers' 7.5), no search a seventh of the functions (50).
        Assert.Equal(79.9, evaluation.GetProperty("score").GetDouble());
        Assert.Equal("C", evaluation.GetProperty("grade").GetString());
        var deductions = evaluation.GetProperty("deductions").EnumerateArray().ToList();
        Assert.Equal(["no-https", "missing-procedure-search", "hsts-over-http"], deductions.Select(d => d.GetProperty("code").GetString() ?? "").ToArray());
        Assert.Equal(site.Url.ToString(), deductions[0].GetProperty("url").GetString());
        Assert.Contains(evaluation.GetProperty("observations").EnumerateArray(), o => o.GetProperty("code").GetString() == "found-national-id-login");
        var period = Period.Containing(VietnamCalendar.Today(TimeProvider.System), PeriodType.Quarter).Code;
        var indicator = evaluation.GetProperty("indicator");
        Assert.Equal(("PRV.PORTAL_SCORE", period, 79.9m), (indicator.GetProperty("indicator").GetString(), indicator.GetProperty("period").GetString(), indicator.GetProperty("value").GetDecimal()));

        var value = await Json(await officer.GetAsync($"/api/v1/values/PRV.PORTAL_SCORE/P01/{period}"));
        Assert.Equal(79.9m, value.GetProperty("value").GetDecimal());
        var history = await Json(await officer.GetAsync($"/api/v1/values/PRV.PORTAL_SCORE/P01/{period}/history"));
        var change = Assert.Single(history.EnumerateArray());
        Assert.Equal("so.tttt.hanoi", change.GetProperty("changedBy").GetString());
        var latest = await Json(await officer.GetAsync($"/api/v1/portals/{id}/evaluations/latest"));
        Assert.Equal(evaluation.GetProperty("id").GetInt32(), latest.GetProperty("id").GetInt32());
        Assert.Equal(3, latest.GetProperty("deductions").GetArrayLength());
        Assert.Equal("mic-473/2024", evaluation.GetProperty("definition").GetString());
        Assert.Equal("mic-473/2024", latest.GetProperty("definition").GetString());
        var listed = await Json(await officer.GetAsync($"/api/v1/portals/{id}/evaluations"));
        Assert.Equal("mic-473/2024", Assert.Single(listed.GetProperty("evaluations").EnumerateArray()).GetProperty("definition").GetString());
        Assert.Equal("mic-473/2024", await app.QueryAsync(db => db.PortalEvaluations.Where(e => e.PortalId == id).Select(e => e.Definition).SingleAsync()));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task History_lists_evaluations_newest_first_with_the_change_of_score(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "M-MOD", user: "cntt.bqp"));
        var fixed_ = false;
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home(search: false), more: web => web.Use(async (HttpContext context, RequestDelegate next) =>
        {
            if (fixed_ || context.Request.Path != "/")
            {
                await next(context);
                return;
            }
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync(PortalPages.Home(search: false, lang: "en"));
        }));
        var id = (await Json(await officer.PostAsJsonAsync("/api/v1/portals", new { unit = "M-MOD", url = site.Url.ToString(), kind = "OneStopSystem" }))).GetProperty("id").GetInt32();

        var first = await Json(await officer.PostAsync($"/api/v1/portals/{id}/evaluations", null));
        fixed_ = true;
        var second = await Json(await officer.PostAsync($"/api/v1/portals/{id}/evaluations", null));
        var history = await Json(await officer.GetAsync($"/api/v1/portals/{id}/evaluations"));

        Assert.Equal([second.GetProperty("id").GetInt32(), first.GetProperty("id").GetInt32()],
            history.GetProperty("evaluations").EnumerateArray().Select(e => e.GetProperty("id").GetInt32()).ToArray());
        Assert.True(second.GetProperty("score").GetDouble() > first.GetProperty("score").GetDouble());
        Assert.Equal(Math.Round(second.GetProperty("score").GetDouble() - first.GetProperty("score").GetDouble(), 1), history.GetProperty("change").GetDouble());
        Assert.Equal("MIN.PORTAL_SCORE", second.GetProperty("indicator").GetProperty("indicator").GetString());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_officer_cannot_register_see_or_evaluate_another_units_portal(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var hanoi = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "so.hanoi.2"));
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "cuc.cds"));
        var other = (await Json(await analyst.PostAsJsonAsync("/api/v1/portals", new { unit = "M-MPS", url = "http://127.0.0.1:9/", kind = "PublicServicePortal" })))
            .GetProperty("id").GetInt32();

        await AssertFieldProblemAsync(await hanoi.PostAsJsonAsync("/api/v1/portals", new { unit = "M-MPS", url = "http://127.0.0.1:9/x", kind = "PublicServicePortal" }),
            HttpStatusCode.Forbidden, "unit", "M-MPS");
        Assert.Equal(HttpStatusCode.NotFound, (await hanoi.PostAsync($"/api/v1/portals/{other}/evaluations", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hanoi.GetAsync($"/api/v1/portals/{other}/evaluations")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await hanoi.GetAsync($"/api/v1/portals/{other}/evaluations/latest")).StatusCode);
        Assert.DoesNotContain((await Json(await hanoi.GetAsync("/api/v1/portals"))).EnumerateArray(), p => p.GetProperty("id").GetInt32() == other);
        Assert.Equal(0, await app.QueryAsync(db => db.PortalEvaluations.CountAsync(e => e.PortalId == other)));
    }

    public static TheoryData<DatabaseProvider, string, string, string, string, string> BadRegistrations()
    {
        var data = new TheoryData<DatabaseProvider, string, string, string, string, string>();
        foreach (var provider in Enum.GetValues<DatabaseProvider>())
        {
            data.Add(provider, "P01", "ftp://cong.hanoi.gov.vn/", "PublicServicePortal", "url", "not an absolute http");
            data.Add(provider, "P01", "cong.hanoi.gov.vn", "PublicServicePortal", "url", "not an absolute http");
            data.Add(provider, "P01", "https://user:pass@cong.hanoi.gov.vn/", "PublicServicePortal", "url", "user name or password");
            data.Add(provider, "P01", "javascript:alert(1)", "PublicServicePortal", "url", "not an absolute http");
            data.Add(provider, "P01", "https://dichvucong.hanoi.gov.vn/", "Website", "kind", "not a portal kind");
            data.Add(provider, "P01", "https://dichvucong.hanoi.gov.vn/", "1", "kind", "not a portal kind");
            data.Add(provider, "P01'; DROP TABLE portals; --", "https://dichvucong.hanoi.gov.vn/", "PublicServicePortal", "unit", "No unit has the code");
        }
        return data;
    }

    [Theory, MemberData(nameof(BadRegistrations))]
    public async Task A_bad_registration_names_the_field_and_stores_nothing(DatabaseProvider provider, string unit, string url, string kind, string field, string message)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "cuc.cds.2"));
        var before = await app.QueryAsync(db => db.Portals.CountAsync());

        await Problems.AssertFieldErrorAsync(await analyst.PostAsJsonAsync("/api/v1/portals", new { unit, url, kind }), HttpStatusCode.BadRequest, field, message);

        Assert.Equal(before, await app.QueryAsync(db => db.Portals.CountAsync()));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Registering_the_same_address_twice_for_a_unit_is_a_conflict(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "cuc.cds.3"));
        var body = new { unit = "M-MOFA", url = "https://dichvucong.mofa.gov.vn/", kind = "PublicServicePortal" };
        await Json(await analyst.PostAsJsonAsync("/api/v1/portals", body));

        await AssertFieldProblemAsync(await analyst.PostAsJsonAsync("/api/v1/portals", body), HttpStatusCode.Conflict, "url", "already registered");
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_allow_listed_network_may_be_registered_and_other_internal_networks_still_may_not(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "cuc.cds.mang"));

        var allowed = await analyst.PostAsJsonAsync("/api/v1/portals", new { unit = "M-MOH", url = "http://127.0.0.7:8080/", kind = "PublicServicePortal" });
        var ipv6Loopback = await analyst.PostAsJsonAsync("/api/v1/portals", new { unit = "M-MOH", url = "http://[::1]:8080/", kind = "PublicServicePortal" });
        var privateNetwork = await analyst.PostAsJsonAsync("/api/v1/portals", new { unit = "M-MOH", url = "http://10.1.2.3/", kind = "PublicServicePortal" });

        Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
        await AssertFieldProblemAsync(ipv6Loopback, HttpStatusCode.UnprocessableEntity, "url", "its address ::1 is in ::1/128");
        await AssertFieldProblemAsync(privateNetwork, HttpStatusCode.UnprocessableEntity, "url", "its address 10.1.2.3 is in 10.0.0.0/8");
    }
}
