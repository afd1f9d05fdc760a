using System.Net.Http.Json;
using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Domain.Access;
using DxMonitor.Evaluator.Tests.Fixtures;
using DxMonitor.Web.Portals;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace DxMonitor.Web.Tests.Portals;

public sealed class PortalEvaluationWorkerTests(PortalApps apps) : IClassFixture<PortalApps>
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_scheduler_evaluates_portals_never_evaluated_then_waits_until_they_are_due_again(DatabaseProvider provider)
    {
        var app = await apps.GetAsync(provider);
        var analyst = app.Client(await app.TokenForAsync(Role.NationalAnalyst, user: "cuc.cds.lich"));
        await using var site = await FixtureSite.PortalAsync(PortalPages.Home());
        var created = await analyst.PostAsJsonAsync("/api/v1/portals", new { unit = "M-MOFA", url = new Uri(site.Url, "/lich").ToString(), kind = "OneStopSystem" });
        var id = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("id").GetInt32();
        var worker = app.Services.GetServices<IHostedService>().OfType<PortalEvaluationWorker>().Single();

        var first = await worker.RunOnceAsync(CancellationToken.None);
        var second = await worker.RunOnceAsync(CancellationToken.None);

        Assert.True(first >= 1);
        Assert.Equal(0, second);
        var evaluation = await app.QueryAsync(db => db.PortalEvaluations.SingleAsync(e => e.PortalId == id));
        Assert.Equal((EvaluatePortal.Scheduled, "system:portal-evaluator"), (evaluation.Trigger, evaluation.RequestedBy));
        Assert.NotNull(await app.QueryAsync(db => db.Portals.Where(p => p.Id == id).Select(p => p.LastEvaluatedAt).SingleAsync()));
        var change = await app.QueryAsync(db => db.DataValueChanges.Where(c => c.IndicatorId == db.Indicators.Single(i => i.Code == "MIN.PORTAL_SCORE").Id)
            .OrderByDescending(c => c.Id).FirstAsync());
        Assert.Equal("system", change.ChangedBy);
    }
}
