using DxMonitor.Data;
using DxMonitor.Domain.Alerts;
using DxMonitor.Web.Leases;
using DxMonitor.Web.Monitoring;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Alerts;

/// <summary>
/// A background check that owns its alert rules (<see cref="WatchedRules"/>): on the one instance holding its lease
/// (<see cref="LeaseName"/>), every <see cref="Interval"/> it runs <see cref="CheckAsync"/> in a fresh scope; the
/// transitions and their notifications are written through <see cref="AlertStore"/> like the engine's alerts. A
/// failed check is logged and the next tick tries again.
/// </summary>
public abstract partial class AlertWatcher(
    IServiceScopeFactory scopes, IOptions<MonitoringOptions> monitoring, AlertStore store, Leases.Leases leases, TimeProvider clock, ILogger logger)
    : BackgroundService
{
    protected TimeProvider Clock { get; } = clock;

    protected abstract TimeSpan Interval { get; }

    /// <summary>The lease under which this check runs on one instance only.</summary>
    protected abstract string LeaseName { get; }

    /// <summary>What the check is, as the log names it when it fails ("due-soon check of dossiers").</summary>
    protected abstract string CheckName { get; }

    /// <summary>One check: the rule's alert candidates applied to the stored alerts under the lease.</summary>
    protected abstract Task<IReadOnlyList<AlertTransition>> CheckAsync(
        IServiceProvider services, DxDbContext db, AlertWrite write, CancellationToken ct);

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var lease = leases.Get(LeaseName);
        return lease.RunWhileHeldAsync(async held =>
        {
            using var timer = new PeriodicTimer(Interval, Clock);
            do
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
                    await CheckAsync(scope.ServiceProvider, db, new AlertWrite(store, AlertStore.Policy(monitoring.Value), lease), held);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogFailed(logger, CheckName, e);
                }
            }
            while (await timer.WaitForNextTickAsync(held));
        }, stoppingToken);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Check} failed")]
    private static partial void LogFailed(ILogger logger, string check, Exception exception);
}
