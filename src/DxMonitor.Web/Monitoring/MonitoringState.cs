using System.Diagnostics;
using DxMonitor.Domain.DxIndex;
using DxMonitor.Domain.Engine;
using DxMonitor.Domain.Monitoring;

namespace DxMonitor.Web.Monitoring;

/// <summary>
/// Holds the engine for the process. The worker writes (load, apply a report, evaluate); requests read. One
/// lock guards both: an incremental update takes microseconds, so readers never wait long.
/// </summary>
public sealed class MonitoringState
{
    private readonly Lock _lock = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private MonitoringSnapshot? _snapshot;

    /// <summary>Completes when the first full pass is done; reads before then wait for it.</summary>
    public Task Ready => _ready.Task;

    public T Read<T>(Func<MonitoringSnapshot, T> read)
    {
        lock (_lock)
        {
            return read(_snapshot ?? throw new InvalidOperationException("The monitoring engine is not loaded yet."));
        }
    }

    public MonitoringResult Install(RollupEngine engine, IReadOnlyList<TargetInput> targets, IReadOnlyList<IndexDefinition> indexes,
        MonitoringOptions options, DateOnly today, DateTime now)
    {
        var watch = Stopwatch.StartNew();
        engine.RecomputeAll();
        var result = MonitoringPass.Run(engine, targets, indexes, Settings(options, today));
        lock (_lock)
        {
            _snapshot = new MonitoringSnapshot(engine, targets, result, now, watch.Elapsed);
        }
        _ready.TrySetResult();
        return result;
    }

    /// <summary>
    /// Applies stored values to the engine, redoing only each reporting unit and its ancestors and what depends
    /// on them; with no values (a scheduled tick: the date moved) re-runs the whole pass.
    /// </summary>
    public MonitoringResult Apply(IReadOnlyList<ValuesChanged> changes, IReadOnlyList<IndexDefinition> indexes,
        MonitoringOptions options, DateOnly today, DateTime now)
    {
        lock (_lock)
        {
            var snapshot = _snapshot ?? throw new InvalidOperationException("The monitoring engine is not loaded yet.");
            var watch = Stopwatch.StartNew();
            var engine = snapshot.Engine;
            var byId = Enumerable.Range(0, engine.Indicators.Count).ToDictionary(i => engine.Indicators[i].Id);
            var settings = Settings(options, today);
            var result = changes.Count == 0
                ? MonitoringPass.Run(engine, snapshot.Targets, indexes, settings)
                : snapshot.Result;
            foreach (var change in changes)
            {
                var unit = engine.Units.IndexOf[change.UnitId];
                var cells = new List<(int, int)>();
                foreach (var value in change.Values)
                {
                    var indicator = byId[value.IndicatorId];
                    var period = EngineLoader.Apply(engine, indicator, unit, value.PeriodCode, value.Value, value.Denominator);
                    if (period >= 0)
                    {
                        cells.Add((indicator, period));
                    }
                }
                var touched = engine.RecomputeAfterReport(unit, cells);
                result = MonitoringUpdate.Apply(engine, snapshot.Targets, indexes, settings, result, unit, touched);
            }
            _snapshot = snapshot with { Result = result, ComputedAt = now, PassDuration = watch.Elapsed };
            return result;
        }
    }

    public MonitoringResult Reevaluate(IReadOnlyList<IndexDefinition> indexes, MonitoringOptions options, DateOnly today, DateTime now) =>
        Apply([], indexes, options, today, now);

    private static Domain.Monitoring.PassSettings Settings(MonitoringOptions options, DateOnly today) =>
        new(today, options.OverdueGraceDays, options.OverdueAlerts, options.OutlierAlerts);
}
