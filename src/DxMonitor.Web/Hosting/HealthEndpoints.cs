using DxMonitor.Data;
using DxMonitor.Web.Monitoring;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace DxMonitor.Web.Hosting;

/// <summary>
/// Health for load balancers and orchestrators: <c>/health/live</c> answers while the process serves requests (restart
/// it when this fails); <c>/health/ready</c> when the database answers and the engines are loaded (send it traffic only
/// then); <c>/health</c>, as before, when the database answers. Each answers 200 "Healthy" or 503 "Unhealthy".
/// </summary>
public static class HealthEndpoints
{
    private const string Ready = "ready";

    public static void AddHealth(this WebApplicationBuilder builder) =>
        builder.Services.AddHealthChecks()
            .AddDbContextCheck<DxDbContext>("database", tags: [Ready])
            .AddCheck<EngineHealthCheck>("engine", tags: [Ready]);

    public static void MapHealth(this WebApplication app)
    {
        app.MapHealthChecks("/health", new HealthCheckOptions { Predicate = check => check.Name == "database" });
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(Ready) });
    }
}
