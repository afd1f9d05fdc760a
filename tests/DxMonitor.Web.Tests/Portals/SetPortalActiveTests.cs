using System.Net;
using System.Net.Http.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Evaluator.Tests.Fixtures;
using DxMonitor.Web.Portals;
using DxMonitor.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DxMonitor.Web.Tests.Portals;

public sealed class SetPortalActiveTests(PortalApps apps) : IClassFixture<PortalApps>
{
    private static async Task<int> RegisterAsync(HttpClient client, string unit, string url) =>
        (await Problems.AssertOkAsync(await client.PostAsJsonAsync("/api/v1/portals", new { unit, url, kind = "PublicServicePortal" })))
            .GetProperty("id").GetInt32();

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_officer_deactivates_its_portal_which_keeps_its_history_and_is_no_longer_evaluated_until_activated(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var officer = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "so.tttt.ngung"));
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home());
        var id = await RegisterAsync(officer, "P01", new Uri(site.Url, "/ngung").ToString());
        await Problems.AssertOkAsync(await officer.PostAsync($"/api/v1/portals/{id}/evaluations", null));

        var deactivated = await Problems.AssertOkAsync(await officer.PostAsync($"/api/v1/portals/{id}/deactivate", null));

        Assert.False(deactivated.GetProperty("active").GetBoolean());
        Assert.NotNull(deactivated.GetProperty("latest").GetProperty("grade").GetString());
        var refused = await Problems.AssertProblemAsync(await officer.PostAsync($"/api/v1/portals/{id}/evaluations", null), HttpStatusCode.Conflict);
        Assert.Equal("Portal inactive", refused.GetProperty("title").GetString());
        var history = await Problems.AssertOkAsync(await officer.GetAsync($"/api/v1/portals/{id}/evaluations"));
        Assert.Equal(1, history.GetProperty("evaluations").GetArrayLength());
        await Problems.AssertOkAsync(await officer.GetAsync($"/api/v1/portals/{id}/evaluations/latest"));
        var listed = (await Problems.AssertOkAsync(await officer.GetAsync("/api/v1/portals?unit=P01"))).EnumerateArray().Single(p => p.GetProperty("id").GetInt32() == id);
        Assert.False(listed.GetProperty("active").GetBoolean());

        var again = await Problems.AssertOkAsync(await officer.PostAsync($"/api/v1/portals/{id}/activate", null));
        Assert.True(again.GetProperty("active").GetBoolean());
        await Problems.AssertOkAsync(await officer.PostAsync($"/api/v1/portals/{id}/evaluations", null));

        var changes = await app.QueryAsync(db => db.RecordChanges.Where(c => c.Subject == $"portal/{id}").OrderBy(c => c.Id).ToListAsync());
        Assert.Equal(["Created", "Updated", "Updated"], changes.Select(c => c.Action).ToArray());
        Assert.All(changes, c => Assert.Equal("so.tttt.ngung", c.ChangedBy));
        Assert.Contains(new Uri(site.Url, "/ngung").ToString(), changes[0].NewValues, StringComparison.Ordinal);
        Assert.Equal(("""{"Active":true}""", """{"Active":false}"""), (changes[1].OldValues, changes[1].NewValues));
        Assert.Equal(("""{"Active":false}""", """{"Active":true}"""), (changes[2].OldValues, changes[2].NewValues));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Deactivating_twice_changes_nothing_the_second_time(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "cuc.cds.ngung"));
        var id = await RegisterAsync(analyst, "M-MOFA", "https://dichvucong.mofa.gov.vn/ngung-hai-lan");

        await Problems.AssertOkAsync(await analyst.PostAsync($"/api/v1/portals/{id}/deactivate", null));
        var second = await Problems.AssertOkAsync(await analyst.PostAsync($"/api/v1/portals/{id}/deactivate", null));

        Assert.False(second.GetProperty("active").GetBoolean());
        Assert.Equal(["Created", "Updated"], await app.QueryAsync(db => db.RecordChanges.Where(c => c.Subject == $"portal/{id}").OrderBy(c => c.Id).Select(c => c.Action).ToListAsync()));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Another_units_officer_gets_not_found_a_leader_is_forbidden_and_nothing_changes(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "cuc.cds.khoa"));
        var hanoi = app.Client(await app.TokenForAsync(Role.UnitOfficer, "P01", user: "so.hanoi.khoa"));
        var leader = app.Client(await app.TokenForAsync(Role.Leader, "M-MPS", user: "lanh.dao.khoa"));
        var id = await RegisterAsync(analyst, "M-MPS", "https://dichvucong.bocongan.gov.vn/khoa");

        foreach (var action in new[] { "deactivate", "activate" })
        {
            var problem = await Problems.AssertProblemAsync(await hanoi.PostAsync($"/api/v1/portals/{id}/{action}", null), HttpStatusCode.NotFound);
            Assert.Equal("Unknown portal", problem.GetProperty("title").GetString());
            Assert.Equal(HttpStatusCode.Forbidden, (await leader.PostAsync($"/api/v1/portals/{id}/{action}", null)).StatusCode);
        }
        await Problems.AssertProblemAsync(await analyst.PostAsync("/api/v1/portals/999999/deactivate", null), HttpStatusCode.NotFound);

        Assert.True(await app.QueryAsync(db => db.Portals.Where(p => p.Id == id).Select(p => p.Active).SingleAsync()));
        Assert.Equal(["Created"], await app.QueryAsync(db => db.RecordChanges.Where(c => c.Subject == $"portal/{id}").Select(c => c.Action).ToListAsync()));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_scheduler_skips_a_deactivated_portal(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "cuc.cds.lich.ngung"));
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home());
        var id = await RegisterAsync(analyst, "M-MOFA", new Uri(site.Url, "/lich-ngung").ToString());
        await Problems.AssertOkAsync(await analyst.PostAsync($"/api/v1/portals/{id}/deactivate", null));
        var worker = app.Services.GetServices<IHostedService>().OfType<PortalEvaluationWorker>().Single();

        await worker.RunOnceAsync(CancellationToken.None);

        Assert.Equal(0, await app.QueryAsync(db => db.PortalEvaluations.CountAsync(e => e.PortalId == id)));
        Assert.Null(await app.QueryAsync(db => db.Portals.Where(p => p.Id == id).Select(p => p.LastEvaluatedAt).SingleAsync()));
    }
}
