using DxMonitor.Domain.Indicators;

namespace DxMonitor.Bench.Engines;

/// <summary>
/// Writes a commune's new report into the data, as an accepted report writes into the database: counts
/// revised by 2-12 %, percentages up by 0.5-5 points, yes/no answers flipped. Puts the old values back after.
/// </summary>
public sealed class ReportEdits(BenchData data)
{
    private readonly Stack<(int Row, double Old)> _undo = new();

    public void Write(int unit, int period, Random random)
    {
        var rows = data.ReportRows(unit, period);
        var values = data.Values.Writable;
        for (var row = rows.Start.Value; row < rows.End.Value; row++)
        {
            var old = values[row];
            _undo.Push((row, old));
            values[row] = data.Indicators.Rules[data.Values.Indicators[row]] switch
            {
                AggregationRule.Sum => Math.Round(old * (1.02 + 0.1 * random.NextDouble())),
                AggregationRule.WeightedAverage => Math.Round(Math.Min(100, old + 0.5 + 4.5 * random.NextDouble()), 1),
                _ => 1 - old,
            };
        }
    }

    public void UndoAll()
    {
        var values = data.Values.Writable;
        while (_undo.TryPop(out var edit))
        {
            values[edit.Row] = edit.Old;
        }
    }
}
