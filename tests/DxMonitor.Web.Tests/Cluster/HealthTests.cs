using System.Net;
using DxMonitor.Data;
using DxMonitor.Data.Tests.Infrastructure;
using DxMonitor.Web.Tests.Infrastructure;

namespace DxMonitor.Web.Tests.Cluster;

/// <summary>What a load balancer asks: is the process alive, is it ready for traffic (database answers, engines loaded).</summary>
public sealed class HealthTests(AppPerProvider apps) : IClassFixture<AppPerProvider>
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Live_and_ready_answer_healthy_once_the_engines_are_loaded(DatabaseProvider provider)
    {
        using var client = (await apps.GetAsync(provider)).Client();

        var ready = await Eventually.MatchAsync(() => client.GetAsync("/health/ready"), r => r.StatusCode == HttpStatusCode.OK, "readiness");
        var live = await client.GetAsync("/health/live");
        var database = await client.GetAsync("/health");

        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (live.StatusCode, await live.Content.ReadAsStringAsync()));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (database.StatusCode, await database.Content.ReadAsStringAsync()));
    }
}
