using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DxMonitor.Web.Monitoring;

/// <summary>Ready once the monitoring engines are loaded and their first pass is done: before then reads would wait.</summary>
public sealed class EngineHealthCheck(MonitoringState state) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(state.Ready.IsCompletedSuccessfully
            ? HealthCheckResult.Healthy("The monitoring engines are loaded.")
            : HealthCheckResult.Unhealthy("The monitoring engines are still loading."));
}
