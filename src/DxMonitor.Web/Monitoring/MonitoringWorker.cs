using System.Diagnostics;
using DxMonitor.Data;
using DxMonitor.Domain.Alerts;
using DxMonitor.Domain.Monitoring;
using DxMonitor.Domain.Periods;
using DxMonitor.Web.Alerts;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Monitoring;

/// <summary>
/// Loads the engine at start, then re-evaluates after every batch of stored values (from the queue) and on
/// a schedule (deadlines and trajectories move with the date), and applies the alerts found.
/// </summary>
public sealed partial class MonitoringWorker(
    IServiceScopeFactory scopes, MonitoringState state, ReportChannel queue, IOptions<MonitoringOptions> options,
    AlertAnnouncer announcer, TimeProvider clock, ILogger<MonitoringWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await LoadAsync(stoppingToken);
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.IntervalMinutes), clock);
        var tick = timer.WaitForNextTickAsync(stoppingToken).AsTask();
        while (!stoppingToken.IsCancellationRequested)
        {
            var arrival = queue.Reader.WaitToReadAsync(stoppingToken).AsTask();
            var first = await Task.WhenAny(tick, arrival);
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
        var codes = engine.Indicators.Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var problems = options.Value.Indexes.SelectMany(i => i.Problems(codes.Contains)).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The DX index configuration (dx-index.json) is invalid: " + string.Join(" ", problems));
        }
        var loadTime = watch.Elapsed;
        var result = state.Install(loaded, options.Value.Indexes, options.Value, today, clock.GetUtcNow().UtcDateTime);
        var candidates = await RoundDeadlines.WithOverdueAsync(result.Candidates, options.Value, db, clock, ct);
        var transitions = await AlertStore.ApplyAsync(db, candidates, clock.GetUtcNow().UtcDateTime, AlertStore.Policy(options.Value), ct);
        await announcer.AnnounceAsync(transitions, db, ct);
        LogLoaded(logger, engine.Units.Count, engine.Indicators.Count, loadTime.TotalMilliseconds, watch.Elapsed.TotalMilliseconds, transitions.Count);
    }

    private async Task EvaluateAsync(List<ValuesChanged> changes, CancellationToken ct)
    {
        try
        {
            var watch = Stopwatch.StartNew();
            var now = clock.GetUtcNow().UtcDateTime;
            var result = state.Apply(changes, options.Value.Indexes, options.Value, VietnamCalendar.Today(clock), now);
            var computed = watch.Elapsed;
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DxDbContext>();
            var candidates = await RoundDeadlines.WithOverdueAsync(result.Candidates, options.Value, db, clock, ct);
            var transitions = await AlertStore.ApplyAsync(db, candidates, now, AlertStore.Policy(options.Value), ct);
            await announcer.AnnounceAsync(transitions, db, ct);
            var fired = transitions.Count(t => t.To == AlertState.Firing);
            var resolved = transitions.Count(t => t.To == AlertState.Resolved);
            LogPass(logger, changes.Count, computed.TotalMilliseconds, watch.Elapsed.TotalMilliseconds, candidates.Count, fired, resolved);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(logger, e);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Monitoring loaded {Units} units and {Indicators} indicators in {LoadMs:0} ms; first pass done at {TotalMs:0} ms with {Transitions} alert changes")]
    private static partial void LogLoaded(ILogger logger, int units, int indicators, double loadMs, double totalMs, int transitions);

    [LoggerMessage(Level = LogLevel.Information, Message = "Monitoring pass after {Changes} reports: engine {EngineMs:0.0} ms, total {TotalMs:0.0} ms, {Candidates} conditions, {Fired} fired, {Resolved} resolved")]
    private static partial void LogPass(ILogger logger, int changes, double engineMs, double totalMs, int candidates, int fired, int resolved);

    [LoggerMessage(Level = LogLevel.Error, Message = "Monitoring pass failed; the next report or tick retries")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
