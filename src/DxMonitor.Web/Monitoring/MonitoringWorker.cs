using System.Diagnostics;
using System.Threading.Channels;
using DxMonitor.Data;
using DxMonitor.Data.Monitoring;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Alerts;
using DxMonitor.Domain.Monitoring;
using DxMonitor.Domain.Periods;
using DxMonitor.Web.Leases;
using DxMonitor.Web.Methodologies;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Monitoring;

/// <summary>
/// Loads the engine at start, then re-evaluates after every batch of stored values (from the queue) and on
/// a schedule (deadlines and trajectories move with the date). Every instance keeps its own engine for reads; only
/// the one holding the lease <see cref="LeaseNames.MonitoringAlerts"/> writes the alerts found (and their
/// notifications, to the outbox), and on taking the lease it applies its latest pass at once.
/// </summary>
public sealed partial class MonitoringWorker(
    IServiceScopeFactory scopes, MonitoringState state, ReportChannel queue, IOptions<MonitoringOptions> options,
    AlertStore alerts, Leases.Leases leases, TimeProvider clock, ILogger<MonitoringWorker> logger) : BackgroundService
{
    private readonly Channel<bool> _takeover = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    private BackgroundLease AlertsLease => leases.Get(LeaseNames.MonitoringAlerts);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Stopped with the worker, also when loading fails (then the host stops as before).
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var holding = AlertsLease.RunWhileHeldAsync(async held =>
        {
            _takeover.Writer.TryWrite(true);
            await Task.Delay(Timeout.InfiniteTimeSpan, held);
        }, stop.Token);
        try
        {
            await LoadAsync(stoppingToken);
            await RunAsync(stoppingToken);
        }
        finally
        {
            await stop.CancelAsync();
            await holding;
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.IntervalMinutes), clock);
        var tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
        var takeover = _takeover.Reader.ReadAsync(stoppingToken).AsTask();
        while (!stoppingToken.IsCancellationRequested)
        {
            var arrival = queue.Reader.WaitToReadAsync(stoppingToken).AsTask();
            var first = await Task.WhenAny(tick, arrival, takeover);
            if (first == takeover)
            {
                await takeover;
                takeover = _takeover.Reader.ReadAsync(stoppingToken).AsTask();
                await ApplyLatestAsync(stoppingToken);
                continue;
            }
            if (first == tick)
            {
                if (!await tick)
                {
                    return;
                }
                tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
            }
            else if (!await arrival)
            {
                return;
            }
            await EvaluateAsync(Drain(), stoppingToken);
        }
    }

    private List<ValuesChanged> Drain()
    {
        var changes = new List<ValuesChanged>();
        while (queue.Reader.TryRead(out var change))
        {
            changes.Add(change);
        }
        return changes;
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
        var today = VietnamCalendar.Today(clock);
        var loaded = await EngineLoader.LoadAsync(db, options.Value.FirstYear, today, ct);
        var engine = loaded.Working;
        var indexes = await AdoptedMethodologies.LoadAsync(db, ct);
        var loadTime = watch.Elapsed;
        var result = state.Install(loaded, indexes, options.Value, today, clock.GetUtcNow().UtcDateTime);
        var transitions = 0;
        try
        {
            // Stored alerts never stop the start: a failure here is logged, and the next pass tries again.
            transitions = (await ApplyAlertsAsync(result, clock.GetUtcNow().UtcDateTime, ct)).Count;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e);
        }
        LogLoaded(logger, engine.Units.Count, engine.Indicators.Count, loadTime.TotalMilliseconds, watch.Elapsed.TotalMilliseconds, transitions);
    }

    /// <summary>
    /// Reference data changed (ADR 027): the engines are built again from the database, which also holds every figure
    /// the changes queued with it named. Reads keep the old engines until the new ones are installed.
    /// </summary>
    private async Task ReloadAsync(CancellationToken ct)
    {
        try
        {
            await LoadAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e);
        }
    }

    /// <summary>Writes the alerts of a pass when this instance holds the alerts lease; none otherwise.</summary>
    private async Task<IReadOnlyList<AlertTransition>> ApplyAlertsAsync(MonitoringResult result, DateTime now, CancellationToken ct)
    {
        var lease = AlertsLease;
        if (!lease.IsHeld)
        {
            return [];
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
        var candidates = await RoundDeadlines.WithOverdueAsync(result.Candidates, options.Value, db, clock, ct);
        return await alerts.ApplyAsync(db, candidates, now, AlertStore.Policy(options.Value), ct, lease: lease);
    }

    /// <summary>Just took the alerts lease: the latest pass's alerts are written now rather than at the next change or tick.</summary>
    private async Task ApplyLatestAsync(CancellationToken ct)
    {
        try
        {
            var transitions = await ApplyAlertsAsync(state.Read(DataView.Working, s => s.Result), clock.GetUtcNow().UtcDateTime, ct);
            LogTakeover(logger, transitions.Count);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e);
        }
    }

    private async Task EvaluateAsync(List<ValuesChanged> changes, CancellationToken ct)
    {
        if (changes.Any(c => c.Kind == EngineChangeKind.ReferenceData))
        {
            await ReloadAsync(ct);
            return;
        }
        try
        {
            var watch = Stopwatch.StartNew();
            var now = clock.GetUtcNow().UtcDateTime;
            var catalogue = changes.Any(c => c.Kind == EngineChangeKind.Catalogue);
            var methodologies = changes.Any(c => c.Kind == EngineChangeKind.Methodologies);
            changes = [.. changes.Where(c => c.Kind == EngineChangeKind.Values)];
            var result = catalogue ? await RecatalogueAsync(now, ct) : null;
            if (methodologies)
            {
                result = await ReplaceMethodologiesAsync(now, ct);
            }
            if (result is null || changes.Count > 0)
            {
                result = state.Apply(changes, options.Value, VietnamCalendar.Today(clock), now);
            }
            var computed = watch.Elapsed;
            var transitions = await ApplyAlertsAsync(result, now, ct);
            var fired = transitions.Count(t => t.To == AlertState.Firing);
            var resolved = transitions.Count(t => t.To == AlertState.Resolved);
            LogPass(logger, changes.Count, computed.TotalMilliseconds, watch.Elapsed.TotalMilliseconds, result.Candidates.Count, fired, resolved);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e);
        }
    }

    /// <summary>The catalogue changed: the engines are rebuilt from the running ones with it, and installed.</summary>
    private async Task<MonitoringResult> RecatalogueAsync(DateTime now, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
        var (working, published) = state.Engines();
        var loaded = await EngineLoader.RecatalogueAsync(db, working, published, ct);
        var indexes = await AdoptedMethodologies.LoadAsync(db, ct);
        var result = state.Recatalogue(loaded, indexes, options.Value, VietnamCalendar.Today(clock), now);
        LogRecatalogued(logger, loaded.Working.Indicators.Count, loaded.Targets.Count, watch.Elapsed.TotalMilliseconds);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Monitoring applied a catalogue change: {Indicators} indicators, {Targets} targets, in {Ms:0} ms")]
    private static partial void LogRecatalogued(ILogger logger, int indicators, int targets, double ms);

    /// <summary>A methodology was adopted or edited (here or on another instance): rank again with those now in force.</summary>
    private async Task<MonitoringResult> ReplaceMethodologiesAsync(DateTime now, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
        var indexes = await AdoptedMethodologies.LoadAsync(db, ct);
        var result = state.ReplaceMethodologies(indexes, options.Value, VietnamCalendar.Today(clock), now);
        LogMethodologies(logger, indexes.Count, watch.Elapsed.TotalMilliseconds);
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Methodologies of {Indexes} indexes applied: ranked again in {Ms:0.0} ms")]
    private static partial void LogMethodologies(ILogger logger, int indexes, double ms);

    [LoggerMessage(Level = LogLevel.Information, Message = "Monitoring loaded {Units} units and {Indicators} indicators in {LoadMs:0} ms; first pass done at {TotalMs:0} ms with {Transitions} alert changes")]
    private static partial void LogLoaded(ILogger logger, int units, int indicators, double loadMs, double totalMs, int transitions);

    [LoggerMessage(Level = LogLevel.Information, Message = "Monitoring pass after {Changes} reports: engine {EngineMs:0.0} ms, total {TotalMs:0.0} ms, {Candidates} conditions, {Fired} fired, {Resolved} resolved")]
    private static partial void LogPass(ILogger logger, int changes, double engineMs, double totalMs, int candidates, int fired, int resolved);

    [LoggerMessage(Level = LogLevel.Information, Message = "Took over writing alerts: the latest pass gave {Transitions} alert changes")]
    private static partial void LogTakeover(ILogger logger, int transitions);

    [LoggerMessage(Level = LogLevel.Error, Message = "Monitoring pass failed; the next report or tick retries")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
