using DxMonitor.Domain.Periods;

namespace DxMonitor.Domain.Dossiers;

/// <summary>
/// The figures of every unit and every month, each unit's own dossiers added to all its ancestors (a
/// province's figures include the dossiers of every unit below it, the nation's all of them). A longer
/// period adds its months' flows and takes the overdue stock at its end, or now when it is the current one.
/// </summary>
public sealed class DossierFigures
{
    private readonly Dictionary<(int Unit, int Month), DossierCounts> _months;

    private DossierFigures(Dictionary<(int Unit, int Month), DossierCounts> months, int currentMonth)
    {
        _months = months;
        CurrentMonth = currentMonth;
    }

    /// <summary>The Vietnamese month of "now" (yyyyMM); later months have no figures.</summary>
    public int CurrentMonth { get; }

    /// <summary>Units that have figures (their own dossiers or their descendants').</summary>
    public IEnumerable<int> UnitIds => _months.Keys.Select(k => k.Unit).Distinct();

    /// <summary>Months (yyyyMM) in which a unit has figures.</summary>
    public IEnumerable<int> MonthsOf(int unitId) => _months.Keys.Where(k => k.Unit == unitId).Select(k => k.Month).Order();

    public int Count => _months.Count;

    /// <param name="parents">Each unit's parent (null for the nation); ancestors are followed up to 16 levels.</param>
    public static DossierFigures Compute(DossierAggregates aggregates, IReadOnlyDictionary<int, int?> parents, DateTime nowUtc)
    {
        var current = DossierMonth.Of(nowUtc);
        var own = new Dictionary<(int, int), DossierCounts>();
        foreach (var r in aggregates.Received)
        {
            Add(own, r.UnitId, r.Month, new(r.Received, r.Online, r.FullyOnline, r.WithFee, r.PaidOnline, 0, 0, 0, 0, r.Lifecycle));
        }
        foreach (var c in aggregates.Closed)
        {
            Add(own, c.UnitId, c.Month, new(0, 0, 0, 0, 0, c.OnTime, c.Late, c.Digitised, 0));
        }
        foreach (var o in aggregates.Overdue)
        {
            var month = o.DueMonth;
            for (var guard = 0; guard < 2400 && month <= current && (o.FinishedMonth is not { } closed || month < closed); guard++)
            {
                if (month < current || o.DueBeforeNow)
                {
                    Add(own, o.UnitId, month, new(0, 0, 0, 0, 0, 0, 0, 0, o.Count));
                }
                month = DossierMonth.Next(month);
            }
        }
        var all = new Dictionary<(int, int), DossierCounts>(own.Count * 3);
        foreach (var ((unit, month), counts) in own)
        {
            var id = (int?)unit;
            for (var depth = 0; id is { } u && depth < 16; depth++, id = parents.GetValueOrDefault(u))
            {
                Add(all, u, month, counts);
            }
        }
        return new(all, current);
    }

    public DossierCounts ForMonth(int unitId, int month) => _months.GetValueOrDefault((unitId, month));

    /// <summary>The figures of a unit for any period: flows summed over its months, overdue stock at its end (or now).</summary>
    public DossierCounts For(int unitId, Period period)
    {
        var first = DossierMonth.Of(Period.Containing(period.Start, PeriodType.Month));
        var last = DossierMonth.Of(Period.Containing(period.End, PeriodType.Month));
        var stockMonth = Math.Min(last, CurrentMonth);
        var total = default(DossierCounts);
        for (var month = first; month <= last; month = DossierMonth.Next(month))
        {
            total = total.Plus(ForMonth(unitId, month), addStock: false);
        }
        return total with { OverdueOpen = stockMonth >= first ? ForMonth(unitId, stockMonth).OverdueOpen : 0 };
    }

    private static void Add(Dictionary<(int, int), DossierCounts> map, int unit, int month, DossierCounts counts) =>
        map[(unit, month)] = map.TryGetValue((unit, month), out var existing) ? existing.Plus(counts) : counts;
}
