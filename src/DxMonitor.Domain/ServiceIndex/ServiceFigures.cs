using DxMonitor.Domain.Dossiers;
using DxMonitor.Domain.Periods;

namespace DxMonitor.Domain.ServiceIndex;

/// <summary>
/// The inputs of every unit's index for any period, each unit's own records added to all its ancestors' (a province's
/// index is computed from the dossiers, feedback and ratings of every unit below it, pooled, not from its communes'
/// scores). Flows add up over a period's months; procedures are those in force on its last day.
/// </summary>
public sealed class ServiceFigures
{
    private readonly DossierFigures _dossiers;
    private readonly Dictionary<(int Unit, int Month), FeedbackCounts> _feedback = [];
    private readonly Dictionary<(int Unit, int Month), RatingCounts> _ratings = [];
    private readonly Dictionary<int, List<ServiceAggregates.ProcedureRow>> _procedures = [];

    private ServiceFigures(DossierFigures dossiers) => _dossiers = dossiers;

    public DossierFigures Dossiers => _dossiers;

    /// <param name="parents">Each unit's parent (null for the nation); ancestors are followed up to 16 levels.</param>
    public static ServiceFigures Compute(DossierFigures dossiers, ServiceAggregates aggregates, IReadOnlyDictionary<int, int?> parents)
    {
        var figures = new ServiceFigures(dossiers);
        foreach (var row in aggregates.Feedback)
        {
            foreach (var unit in SelfAndAncestors(row.UnitId, parents))
            {
                Add(figures._feedback, (unit, row.Month), new FeedbackCounts(row.Received, row.AnsweredOnTime, row.Delayed), (a, b) => a.Plus(b));
            }
        }
        foreach (var row in aggregates.Ratings)
        {
            foreach (var unit in SelfAndAncestors(row.UnitId, parents))
            {
                Add(figures._ratings, (unit, row.Month), new RatingCounts(row.Rated, row.Satisfied), (a, b) => a.Plus(b));
            }
        }
        foreach (var row in aggregates.Procedures)
        {
            foreach (var unit in SelfAndAncestors(row.UnitId, parents))
            {
                (figures._procedures.TryGetValue(unit, out var list) ? list : figures._procedures[unit] = []).Add(row);
            }
        }
        return figures;
    }

    public ServiceInputs For(int unitId, Period period)
    {
        var first = DossierMonth.Of(Period.Containing(period.Start, PeriodType.Month));
        var last = DossierMonth.Of(Period.Containing(period.End, PeriodType.Month));
        FeedbackCounts feedback = default;
        RatingCounts ratings = default;
        for (var month = first; month <= last; month = DossierMonth.Next(month))
        {
            feedback = feedback.Plus(_feedback.GetValueOrDefault((unitId, month)));
            ratings = ratings.Plus(_ratings.GetValueOrDefault((unitId, month)));
        }
        var end = period.End;
        ProcedureCounts procedures = default;
        foreach (var row in _procedures.GetValueOrDefault(unitId) ?? [])
        {
            if (row.ValidFrom <= end && (row.ValidTo is null || end < row.ValidTo))
            {
                procedures = procedures.Plus(new ProcedureCounts(row.Count, row.Complete ? row.Count : 0));
            }
        }
        return new ServiceInputs(_dossiers.For(unitId, period), procedures, feedback, ratings);
    }

    private static IEnumerable<int> SelfAndAncestors(int unitId, IReadOnlyDictionary<int, int?> parents)
    {
        var id = (int?)unitId;
        for (var depth = 0; id is { } unit && depth < 16; depth++, id = parents.GetValueOrDefault(unit))
        {
            yield return unit;
        }
    }

    private static void Add<T>(Dictionary<(int, int), T> map, (int, int) key, T value, Func<T, T, T> plus) where T : struct =>
        map[key] = map.TryGetValue(key, out var existing) ? plus(existing, value) : value;
}
