using DxMonitor.Data;
using DxMonitor.Domain.Alerts;
using DxMonitor.Web.Monitoring;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Alerts;

/// <summary>
/// A background check that owns one alert rule (<see cref="WatchedRules"/>): every <see cref="Interval"/> it runs
/// <see cref="CheckAsync"/> in a fresh scope and announces the transitions through the same notifications as the
/// engine's alerts. A failed check is logged and the next tick tries again.
/// </summary>
public abstract partial class AlertWatcher(
    IServiceScopeFactory scopes, IOptions<MonitoringOptions> monitoring, AlertAnnouncer announcer, TimeProvider clock, ILogger logger)
    : BackgroundService
{
    protected TimeProvider Clock { get; } = clock;

    protected abstract TimeSpan Interval { get; }

    /// <summary>What the check is, as the log names it when it fails ("due-soon check of dossiers").</summary>
    protected abstract string CheckName { get; }

    /// <summary>One check: the rule's alert candidates applied to the stored alerts.</summary>
    protected abstract Task<IReadOnlyList<AlertTransition>> CheckAsync(
        IServiceProvider services, DxDbContext db, AlertPolicy policy, CancellationToken ct);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, Clock);
        do
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
                var transitions = await CheckAsync(scope.ServiceProvider, db, AlertStore.Policy(monitoring.Value), stoppingToken);
                await announcer.AnnounceAsync(transitions, db, stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(logger, CheckName, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The {Check} failed")]
    private static partial void LogFailed(ILogger logger, string check, Exception exception);
}
