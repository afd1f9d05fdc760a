using DxMonitor.Domain.DxIndex;
using DxMonitor.Domain.Engine;
using DxMonitor.Domain.Formulas;
using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Monitoring;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Progress;
using DxMonitor.Domain.Units;

namespace DxMonitor.Bench.Engines;

/// <summary>
/// The product's engine (<see cref="RollupEngine"/>) behind the harness's seam. With <c>withMonitoring</c>, a
/// full recompute also runs the whole monitoring pass (progress of every province against a target per
/// commune indicator, a 20-indicator index for every year, all alert rules), and an incremental update
/// brings it up to date with <see cref="MonitoringUpdate"/>, as the product's worker does after each report.
/// </summary>
public sealed class DomainEngine(bool withMonitoring) : IEngineUnderTest
{
    private static readonly DateOnly Today = new(2026, 1, 20);
    private BenchData? _data;
    private RollupEngine? _engine;
    private IReadOnlyList<TargetInput> _targets = [];
    private IReadOnlyList<IndexSchedule> _indexes = [];
    private MonitoringResult? _result;

    public string Name => withMonitoring ? "DxMonitor engine + monitoring pass" : "DxMonitor engine, roll-ups";

    public void Load(BenchData data)
    {
        _data = data;
        var units = Enumerable.Range(0, data.Units.Count).Select(u => NewUnit(u, data)).ToList();
        var indicators = Enumerable.Range(0, data.Indicators.Count).Select(i => new EngineIndicator(
            i + 1, data.Indicators.Codes[i], data.Indicators.Rules[i], data.Indicators.Weights[i],
            double.IsNaN(data.Indicators.Thresholds[i]) ? null : new Condition(ComparisonOperator.GreaterOrEqual, (decimal)data.Indicators.Thresholds[i]),
            data.Indicators.Levels[i].ToSet(), PeriodType.Quarter, TimeAggregation.Last, Direction.HigherIsBetter)).ToList();
        var years = data.Periods.Select(p => Period.Parse(p).Year).ToList();
        var engine = new RollupEngine(new UnitGraph(units, []), indicators, years.Min(), years.Max());
        var offset = engine.Axes[PeriodType.Quarter].IndexOf(Period.Parse(data.Periods[0]));
        var values = data.Values;
        for (var row = 0; row < values.Count; row++)
        {
            engine.SetOwn(values.Indicators[row], values.Units[row], values.Periods[row] + offset, values.Values[row]);
        }
        _engine = engine;
        var commune = Enumerable.Range(0, indicators.Count).Where(i => indicators[i].ReportingLevels == UnitLevels.Commune).ToList();
        _targets = [.. commune.Select(i => new TargetInput(i, i, UnitLevel.Province, new TargetSpec(1_000, new DateOnly(2027, 12, 31), Direction.HigherIsBetter)))];
        _indexes = [IndexSchedule.Always(new IndexDefinition("BENCH", "Bench", "Bench", UnitLevel.Province, [.. commune.Take(20).Chunk(5).Select((c, k) =>
            new PillarDefinition($"P{k}", $"P{k}", $"P{k}", 1, [.. c.Select(i => new ComponentDefinition(indicators[i].Code, 1))]))]))];
    }

    public void FullRecompute()
    {
        var engine = Loaded();
        engine.RecomputeAll();
        if (withMonitoring)
        {
            _result = MonitoringPass.Run(engine, _targets, _indexes, new PassSettings(Today));
        }
    }

    /// <summary>
    /// What the product's worker does when an analyst edits the catalogue (EngineLoader.RecatalogueAsync, then
    /// MonitoringState.Recatalogue): a new engine with one indicator's direction changed and one computed indicator added,
    /// the running engine's figures copied into it, recomputed, the pass brought up to date for what changed; it then
    /// replaces the running one.
    /// </summary>
    public void ApplyCatalogueChange()
    {
        var engine = Loaded();
        var indicators = engine.Indicators.Where(i => i.Id <= _data!.Indicators.Count).ToList(); // without the one added last time
        indicators[0] = indicators[0] with { Direction = indicators[0].Direction == Direction.HigherIsBetter ? Direction.LowerIsBetter : Direction.HigherIsBetter };
        var (a, b) = (indicators[0], indicators[1]);
        var formula = Formula.Parse($"{a.Code} + {b.Code}");
        indicators.Add(new EngineIndicator(_data!.Indicators.Count + 1, "BENCH.ADDED", AggregationRule.Sum, -1, null, a.ReportingLevels,
            PeriodType.Quarter, TimeAggregation.Last, Direction.HigherIsBetter)
        { Inputs = [0, 1], Formula = formula.Bind(code => code == a.Code ? 0 : 1) });
        var next = engine.Recatalogued(indicators);
        next.RecomputeAll();
        if (withMonitoring)
        {
            var settings = new PassSettings(Today);
            _result = (_result is { } running ? MonitoringUpdate.AfterRecatalogue(next, engine.Indicators, _targets, _targets, _indexes, settings, running) : null)
                ?? MonitoringPass.Run(next, _targets, _indexes, settings);
        }
        _engine = next;
    }

    /// <summary>
    /// What the product's worker does when an analyst adopts or edits a methodology (MonitoringState.ReplaceMethodologies):
    /// the indexes ranked again with the new weights, on the working and the published view, without recomputing figures.
    /// </summary>
    public void ApplyMethodologyChange()
    {
        var engine = Loaded();
        var definition = _indexes[0].Latest;
        var reweighted = definition with { Pillars = [.. definition.Pillars.Select((p, k) => p with { Weight = k == 0 ? p.Weight * 2 : p.Weight })] };
        _indexes = [IndexSchedule.Always(reweighted)];
        var settings = new PassSettings(Today);
        var result = _result ?? MonitoringPass.Run(engine, _targets, _indexes, settings);
        _result = MonitoringUpdate.WithIndexes(engine, _indexes, settings, result);
        _ = MonitoringUpdate.WithIndexes(engine, _indexes, settings, result); // the published view
    }

    public void IncrementalAfterOneReport(int unitIndex, int periodIndex)
    {
        var engine = Loaded();
        var values = _data!.Values; // set with the engine in Load
        var rows = _data.ReportRows(unitIndex, periodIndex);
        var offset = engine.Axes[PeriodType.Quarter].IndexOf(Period.Parse(_data.Periods[0]));
        var cells = new List<(int, int)>(rows.End.Value - rows.Start.Value);
        for (var row = rows.Start.Value; row < rows.End.Value; row++)
        {
            engine.SetOwn(values.Indicators[row], unitIndex, periodIndex + offset, values.Values[row]);
            cells.Add((values.Indicators[row], periodIndex + offset));
        }
        var touched = engine.RecomputeAfterReport(unitIndex, cells);
        if (withMonitoring)
        {
            _result = MonitoringUpdate.Apply(engine, _targets, _indexes, new PassSettings(Today), _result!, unitIndex, touched); // set by FullRecompute
        }
    }

    public double? ProvinceValue(int provinceIndex, int indicatorIndex, int periodIndex)
    {
        var engine = Loaded();
        var offset = engine.Axes[PeriodType.Quarter].IndexOf(Period.Parse(_data!.Periods[0]));
        var column = engine.Columns[indicatorIndex];
        var cell = engine.Cell(provinceIndex, periodIndex + offset);
        // The harness compares roll-ups of communes: a province's own report would win in the product.
        var value = double.IsNaN(column.Own[cell]) ? column.Effective[cell] : double.NaN;
        return double.IsNaN(value) ? null : value;
    }

    private RollupEngine Loaded() => _engine ?? throw new InvalidOperationException("Load first.");

    private static OrgUnit NewUnit(int index, BenchData data)
    {
        var parent = data.Units.Parents[index];
        var unit = new OrgUnit
        {
            Code = data.Units.Codes[index],
            Level = data.Units.Levels[index],
            NameVi = data.Units.Codes[index],
            NameEn = data.Units.Codes[index],
            ParentId = parent < 0 ? null : parent + 1,
        };
        typeof(OrgUnit).GetProperty(nameof(OrgUnit.Id))!.SetValue(unit, index + 1); // ids are database-assigned in the product
        return unit;
    }
}
