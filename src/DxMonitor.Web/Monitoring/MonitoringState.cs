using System.Diagnostics;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.DxIndex;
using DxMonitor.Domain.Engine;
using DxMonitor.Domain.Monitoring;
using DxMonitor.Domain.Periods;

namespace DxMonitor.Web.Monitoring;

/// <summary>
/// Holds the engines for the process: one over every stored value (what staff work with, and what alerts are
/// raised from) and one over published values only (what the public sees). The worker writes (load, apply a
/// report, evaluate); requests read. One lock guards both: an incremental update takes microseconds, so readers
/// never wait long.
/// </summary>
public sealed class MonitoringState
{
    private readonly Lock _lock = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private MonitoringSnapshot? _working;
    private MonitoringSnapshot? _published;

    /// <summary>Completes when the first full pass is done; reads before then wait for it.</summary>
    public Task Ready => _ready.Task;

    /// <summary>The engines now installed, for the worker (their one writer) to build the next ones from.</summary>
    public (RollupEngine Working, RollupEngine Published) Engines()
    {
        lock (_lock)
        {
            return (_working?.Engine ?? throw new InvalidOperationException("The monitoring engine is not loaded yet."), _published!.Engine);
        }
    }

    public T Read<T>(DataView view, Func<MonitoringSnapshot, T> read)
    {
        lock (_lock)
        {
            var snapshot = view == DataView.Published ? _published : _working;
            return read(snapshot ?? throw new InvalidOperationException("The monitoring engine is not loaded yet."));
        }
    }

    /// <summary>Installs freshly loaded engines and runs a full pass on each; returns the working view's result.</summary>
    public MonitoringResult Install(LoadedEngines loaded, IReadOnlyList<IndexSchedule> indexes, MonitoringOptions options, DateOnly today, DateTime now)
    {
        var settings = Settings(options, today);
        var working = FullPass(loaded.Working, loaded.Targets, indexes, settings, now);
        var published = FullPass(loaded.Published, loaded.Targets, indexes, settings, now);
        lock (_lock)
        {
            (_working, _published) = (working, published);
        }
        _ready.TrySetResult();
        return working.Result;
    }

    /// <summary>
    /// Installs engines rebuilt for a catalogue change (<see cref="EngineLoader.RecatalogueAsync"/>): each view's pass is
    /// brought up to date for the indicators and targets that changed when the running one is of today, else redone
    /// whole. Returns the working view's result.
    /// </summary>
    public MonitoringResult Recatalogue(LoadedEngines loaded, IReadOnlyList<IndexSchedule> indexes, MonitoringOptions options, DateOnly today, DateTime now)
    {
        var settings = Settings(options, today);
        MonitoringSnapshot? running, runningPublished;
        lock (_lock)
        {
            (running, runningPublished) = (_working, _published);
        }
        var working = Recatalogued(running, loaded.Working, loaded.Targets, indexes, settings, now);
        var published = Recatalogued(runningPublished, loaded.Published, loaded.Targets, indexes, settings, now);
        lock (_lock)
        {
            (_working, _published) = (working, published);
        }
        _ready.TrySetResult();
        return working.Result;
    }

    private static MonitoringSnapshot Recatalogued(
        MonitoringSnapshot? running, RollupEngine engine, IReadOnlyList<TargetInput> targets, IReadOnlyList<IndexSchedule> indexes, PassSettings settings, DateTime now)
    {
        if (running is null || VietnamCalendar.DateOf(running.ComputedAt) != settings.Today)
        {
            return FullPass(engine, targets, indexes, settings, now);
        }
        var watch = Stopwatch.StartNew();
        engine.RecomputeAll();
        return MonitoringUpdate.AfterRecatalogue(engine, running.Engine.Indicators, targets, running.Targets, indexes, settings, running.Result) is { } result
            ? new MonitoringSnapshot(engine, targets, result, now, watch.Elapsed, indexes)
            : FullPass(engine, targets, indexes, settings, now);
    }

    /// <summary>
    /// Applies stored values to the engine of their view, redoing only each reporting unit and its ancestors and
    /// what depends on them; with no values (a scheduled tick: the date moved) re-runs both whole passes.
    /// Returns the working view's result, from which alerts are raised.
    /// </summary>
    public MonitoringResult Apply(IReadOnlyList<ValuesChanged> changes, MonitoringOptions options, DateOnly today, DateTime now)
    {
        var settings = Settings(options, today);
        lock (_lock)
        {
            var working = _working ?? throw new InvalidOperationException("The monitoring engine is not loaded yet.");
            var published = _published!; // installed together with the working view
            _working = Update(working, [.. changes.Where(c => c.View == DataView.Working)], changes.Count == 0, settings, now);
            _published = Update(published, [.. changes.Where(c => c.View == DataView.Published)], changes.Count == 0, settings, now);
            return _working.Result;
        }
    }

    public MonitoringResult Reevaluate(MonitoringOptions options, DateOnly today, DateTime now) => Apply([], options, today, now);

    /// <summary>
    /// Ranks every index year again with the methodologies now adopted, on both views, without reloading any value;
    /// returns the working view's result.
    /// </summary>
    public MonitoringResult ReplaceMethodologies(IReadOnlyList<IndexSchedule> indexes, MonitoringOptions options, DateOnly today, DateTime now)
    {
        var settings = Settings(options, today);
        lock (_lock)
        {
            var working = _working ?? throw new InvalidOperationException("The monitoring engine is not loaded yet.");
            var published = _published!; // installed together with the working view
            _working = working with { Indexes = indexes, ComputedAt = now, Result = MonitoringUpdate.WithIndexes(working.Engine, indexes, settings, working.Result) };
            _published = published with { Indexes = indexes, ComputedAt = now, Result = MonitoringUpdate.WithIndexes(published.Engine, indexes, settings, published.Result) };
            return _working.Result;
        }
    }

    private static MonitoringSnapshot FullPass(
        RollupEngine engine, IReadOnlyList<TargetInput> targets, IReadOnlyList<IndexSchedule> indexes, PassSettings settings, DateTime now)
    {
        var watch = Stopwatch.StartNew();
        engine.RecomputeAll();
        var result = MonitoringPass.Run(engine, targets, indexes, settings);
        return new MonitoringSnapshot(engine, targets, result, now, watch.Elapsed, indexes);
    }

    private static MonitoringSnapshot Update(MonitoringSnapshot snapshot, List<ValuesChanged> changes, bool reevaluate, PassSettings settings, DateTime now)
    {
        var indexes = snapshot.Indexes;
        if (changes.Count == 0 && !reevaluate)
        {
            return snapshot;
        }
        var watch = Stopwatch.StartNew();
        var engine = snapshot.Engine;
        var byId = Enumerable.Range(0, engine.Indicators.Count).ToDictionary(i => engine.Indicators[i].Id);
        var result = reevaluate ? MonitoringPass.Run(engine, snapshot.Targets, indexes, settings) : snapshot.Result;
        foreach (var change in changes)
        {
            if (!engine.Units.IndexOf.TryGetValue(change.UnitId, out var unit))
            {
                continue; // a unit the engine does not carry (CarriedUnits)
            }
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
        return snapshot with { Result = result, ComputedAt = now, PassDuration = watch.Elapsed };
    }

    private static PassSettings Settings(MonitoringOptions options, DateOnly today) =>
        new(today, options.OverdueGraceDays, options.OverdueAlerts && options.OverdueFrom == OverdueSource.Calendar, options.OutlierAlerts);
}
