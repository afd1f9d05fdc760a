namespace DxMonitor.Bench;

/// <summary>
/// The benchmark's data set as typed columns with dense integer keys: unit, indicator and period indices
/// start at 0 and index the arrays of <see cref="Units"/>, <see cref="Indicators"/> and <see cref="Periods"/>.
/// Value rows are ordered by period, then unit, then indicator, so one unit's report for one quarter is a
/// contiguous range of rows (<see cref="ReportRows"/>).
/// </summary>
/// <remarks>
/// The roll-up every engine and baseline computes, per (province, indicator, quarter) over the province's
/// communes, for the indicators reported at commune level:
/// Sum: the sum of the values; WeightedAverage: sum(value × weight) / sum(weight), where the weight is the
/// same commune's value of <see cref="BenchIndicators.Weights"/> in the same quarter (no value when the
/// weights sum to 0); CountMeeting: the number of communes whose value is ≥ <see cref="BenchIndicators.Thresholds"/>.
/// These are the rules of <c>DxMonitor.Domain.Rollups.Aggregator</c>.
/// </remarks>
public sealed class BenchData
{
    private readonly int[] _reportStarts;

    public BenchData(BenchUnits units, BenchIndicators indicators, string[] periods, BenchValues values, int[] reportStarts)
    {
        if (reportStarts.Length != units.Count * periods.Length + 1)
        {
            throw new ArgumentException("One report start per (period, unit) and one past the end are expected.", nameof(reportStarts));
        }
        Units = units;
        Indicators = indicators;
        Periods = periods;
        Values = values;
        _reportStarts = reportStarts;
    }

    public BenchUnits Units { get; }
    public BenchIndicators Indicators { get; }

    /// <summary>Period codes by period index: 2021Q1, 2021Q2, … 2025Q4 at scale 1.</summary>
    public IReadOnlyList<string> Periods { get; }

    public BenchValues Values { get; }

    public int RowCount => Values.Count;

    /// <summary>The rows of one unit's report for one period (empty when the unit reports nothing).</summary>
    public Range ReportRows(int unitIndex, int periodIndex)
    {
        var slot = periodIndex * Units.Count + unitIndex;
        return _reportStarts[slot].._reportStarts[slot + 1];
    }
}
