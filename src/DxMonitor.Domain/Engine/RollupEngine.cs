using DxMonitor.Domain.Indicators;
using DxMonitor.Domain.Periods;

namespace DxMonitor.Domain.Engine;

/// <summary>
/// The monitoring engine's store and roll-up: every indicator's values in dense typed columns, rolled up each
/// period through the hierarchy valid at that period's end (a unit's own report wins over its children's
/// aggregate). A full pass visits each cell once; after one report only the unit and its ancestors are redone.
/// </summary>
public sealed class RollupEngine
{
    private readonly int[][] _phases;

    public RollupEngine(UnitGraph units, IReadOnlyList<EngineIndicator> indicators, int firstYear, int lastYear)
    {
        Units = units;
        Indicators = indicators;
        FirstYear = firstYear;
        LastYear = lastYear;
        Axes = Enum.GetValues<PeriodType>().ToDictionary(t => t, t => new PeriodAxis(t, firstYear, lastYear));
        Columns = [.. indicators.Select(i => new IndicatorColumn(units.Count, Axes[i.PeriodType].Count, i.Rule == AggregationRule.CountMeeting))];
        _phases = DependencyOrder.Phases(indicators);
        _dependents = [.. Enumerable.Range(0, indicators.Count)
            .Select(i => Enumerable.Range(0, indicators.Count).Where(j => DependencyOrder.DependenciesOf(indicators[j]).Contains(i)).ToArray())];
    }

    private readonly int[][] _dependents;

    public UnitGraph Units { get; }
    public int FirstYear { get; }
    public int LastYear { get; }
    public IReadOnlyList<EngineIndicator> Indicators { get; }
    public IReadOnlyDictionary<PeriodType, PeriodAxis> Axes { get; }
    public IndicatorColumn[] Columns { get; }

    /// <summary>
    /// A new engine over the same units and years with another catalogue (indicators added, edited or removed), not
    /// yet computed: an indicator kept with the same period type keeps its own figures (copied, so readers of this
    /// engine are never disturbed); <paramref name="isNew"/> is told which start empty (new, or of another period
    /// type or count rule) and must be read again.
    /// </summary>
    public RollupEngine Recatalogued(IReadOnlyList<EngineIndicator> indicators, Action<int>? isNew = null)
    {
        var engine = new RollupEngine(Units, indicators, FirstYear, LastYear);
        var old = Enumerable.Range(0, Indicators.Count).ToDictionary(i => Indicators[i].Id);
        for (var i = 0; i < indicators.Count; i++)
        {
            if (old.TryGetValue(indicators[i].Id, out var before) && Indicators[before].PeriodType == indicators[i].PeriodType
                && (Columns[before].OwnDenominator is null) == (engine.Columns[i].OwnDenominator is null))
            {
                var (from, to) = (Columns[before], engine.Columns[i]);
                from.Own.CopyTo(to.Own, 0);
                from.OwnDenominator?.CopyTo(to.OwnDenominator!, 0); // both or neither, checked above
            }
            else
            {
                isNew?.Invoke(i);
            }
        }
        return engine;
    }

    /// <summary>Throws a <see cref="RuleViolationException"/> naming the formula when indicators depend on each other in a cycle.</summary>
    public static void CheckCatalogue(IReadOnlyList<EngineIndicator> indicators) => DependencyOrder.Phases(indicators);

    public PeriodAxis AxisOf(int indicator) => Axes[Indicators[indicator].PeriodType];

    public int Cell(int unit, int period) => period * Units.Count + unit;

    public void SetOwn(int indicator, int unit, int period, double value, double denominator = double.NaN)
    {
        var column = Columns[indicator];
        column.Own[Cell(unit, period)] = value;
        if (column.OwnDenominator is { } own)
        {
            own[Cell(unit, period)] = denominator;
        }
    }

    public (double Value, double Denominator) Effective(int indicator, int unit, int period)
    {
        var column = Columns[indicator];
        var cell = Cell(unit, period);
        return (column.Effective[cell], column.EffectiveDenominator?[cell] ?? double.NaN);
    }

    public void RecomputeAll()
    {
        foreach (var phase in _phases)
        {
            Parallel.ForEach(phase, indicator =>
            {
                var accumulators = new Accumulator[Units.Count];
                for (var period = 0; period < AxisOf(indicator).Count; period++)
                {
                    RollUpPeriod(indicator, period, accumulators);
                }
            });
        }
    }

    private void RollUpPeriod(int indicator, int period, Accumulator[] accumulators)
    {
        var definition = Indicators[indicator];
        if (definition.Formula is not null)
        {
            for (var unit = 0; unit < Units.Count; unit++)
            {
                Compute(indicator, unit, period);
            }
            return;
        }
        var column = Columns[indicator];
        var day = AxisOf(indicator).EndDay[period];
        var offset = period * Units.Count;
        var weights = definition.WeightIndex >= 0 ? Columns[definition.WeightIndex].Effective : null;
        Array.Clear(accumulators);
        foreach (var unit in Units.BottomUp)
        {
            var cell = offset + unit;
            if (!Units.IsValidOn(unit, day))
            {
                column.Effective[cell] = double.NaN;
                continue;
            }
            Settle(definition, column, unit, cell, accumulators[unit]);
            var parent = Units.Parent[unit];
            if (parent >= 0)
            {
                accumulators[parent].Add(definition, Units.Level[unit], column.Effective[cell],
                    weights?[cell] ?? double.NaN, column.EffectiveDenominator?[cell] ?? double.NaN);
            }
        }
    }

    /// <summary>A unit's effective value: its own report, or else what its children add up to.</summary>
    private static void Settle(EngineIndicator definition, IndicatorColumn column, int unit, int cell, in Accumulator children)
    {
        var own = column.Own[cell];
        if (!double.IsNaN(own))
        {
            column.Effective[cell] = own;
            column.EffectiveDenominator?[cell] = column.OwnDenominator![cell]; // allocated together
            return;
        }
        var (value, denominator) = children.Result(definition.Rule);
        column.Effective[cell] = value;
        column.EffectiveDenominator?[cell] = denominator;
    }

    /// <summary>Redoes one unit and its ancestors for one period, for the given indicators and all that depend on them.</summary>
    /// <returns>Every (indicator, period) that was redone: the changed ones and their dependents.</returns>
    public IReadOnlySet<(int Indicator, int Period)> RecomputeAfterReport(int unit, IReadOnlyCollection<(int Indicator, int Period)> changed)
    {
        var touched = new HashSet<(int Indicator, int Period)>(changed);
        var pending = new Queue<(int Indicator, int Period)>(changed);
        while (pending.TryDequeue(out var cell))
        {
            foreach (var dependent in _dependents[cell.Indicator])
            {
                if (touched.Add((dependent, cell.Period)))
                {
                    pending.Enqueue((dependent, cell.Period));
                }
            }
        }
        foreach (var phase in _phases)
        {
            foreach (var (indicator, period) in touched.Where(t => phase.Contains(t.Indicator)))
            {
                RecomputeCell(indicator, unit, period);
                foreach (var ancestor in Units.Ancestors(unit))
                {
                    RecomputeCell(indicator, ancestor, period);
                }
            }
        }
        return touched;
    }

    private void RecomputeCell(int indicator, int unit, int period)
    {
        var definition = Indicators[indicator];
        if (definition.Formula is not null)
        {
            Compute(indicator, unit, period);
            return;
        }
        var column = Columns[indicator];
        var day = AxisOf(indicator).EndDay[period];
        var offset = period * Units.Count;
        var weights = definition.WeightIndex >= 0 ? Columns[definition.WeightIndex].Effective : null;
        if (!Units.IsValidOn(unit, day))
        {
            return;
        }
        var accumulator = default(Accumulator);
        foreach (var child in Units.Children[unit])
        {
            if (Units.IsValidOn(child, day))
            {
                var cell = offset + child;
                accumulator.Add(definition, Units.Level[child], column.Effective[cell], weights?[cell] ?? double.NaN,
                    column.EffectiveDenominator?[cell] ?? double.NaN);
            }
        }
        Settle(definition, column, unit, offset + unit, accumulator);
    }

    /// <summary>A computed indicator's value: its formula over the inputs' effective values for the same cell.</summary>
    private void Compute(int indicator, int unit, int period)
    {
        var definition = Indicators[indicator];
        var cell = Cell(unit, period);
        if (!Units.IsValidOn(unit, AxisOf(indicator).EndDay[period]))
        {
            Columns[indicator].Effective[cell] = double.NaN;
            return;
        }
        Span<double> slots = stackalloc double[definition.Inputs.Count];
        for (var k = 0; k < slots.Length; k++)
        {
            slots[k] = Columns[definition.Inputs[k]].Effective[cell];
        }
        var result = definition.Formula!.Evaluate(slots); // only called for computed indicators
        Columns[indicator].Effective[cell] = result.Value ?? double.NaN;
    }
}
