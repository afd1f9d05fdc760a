using DxMonitor.Domain.Periods;

namespace DxMonitor.Domain.Engine;

/// <summary>The consecutive periods of one type that the engine holds, from a first year to a last year.</summary>
public sealed class PeriodAxis
{
    public PeriodAxis(PeriodType type, int firstYear, int lastYear)
    {
        Type = type;
        var periods = new List<Period>();
        for (var p = Period.Create(type, firstYear, 1); p.Year <= lastYear; p = p.Next())
        {
            periods.Add(p);
            if (p.IsLast)
            {
                break;
            }
        }
        Periods = periods;
        EndDay = [.. periods.Select(p => p.End.DayNumber)];
        _index = periods.Select((p, i) => (p.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, int> _index;

    public PeriodType Type { get; }
    public IReadOnlyList<Period> Periods { get; }
    public int Count => Periods.Count;

    /// <summary>Day number of each period's last day.</summary>
    public int[] EndDay { get; }

    public int IndexOf(Period period) => _index.TryGetValue(period.Code, out var i) ? i : -1;
}
