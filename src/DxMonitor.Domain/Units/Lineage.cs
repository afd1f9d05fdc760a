using DxMonitor.Domain.Periods;

namespace DxMonitor.Domain.Units;

/// <summary>A unit whose reported values count towards another unit's value, with the share that counts.</summary>
public readonly record struct Contributor(int UnitId, decimal Share);

/// <summary>
/// Answers "whose reports make up unit U's value for period P": U itself if it existed on the period's last
/// day, otherwise its predecessors that did (recursively, shares multiplied). This is how the history of the
/// 63 provinces rolls into the 34.
/// </summary>
public sealed class Lineage
{
    private readonly Dictionary<int, OrgUnit> _units;
    private readonly ILookup<int, UnitSuccession> _bySuccessor;

    public Lineage(IEnumerable<OrgUnit> units, IEnumerable<UnitSuccession> successions)
    {
        _units = units.ToDictionary(u => u.Id);
        _bySuccessor = successions.ToLookup(s => s.SuccessorId);
    }

    public IReadOnlyList<Contributor> ContributorsFor(int unitId, Period period)
    {
        var result = new Dictionary<int, decimal>();
        Collect(unitId, period.End, 1m, result, depth: 0);
        return [.. result.Select(pair => new Contributor(pair.Key, pair.Value)).OrderBy(c => c.UnitId)];
    }

    private void Collect(int unitId, DateOnly day, decimal share, Dictionary<int, decimal> result, int depth)
    {
        if (depth > 16 || !_units.TryGetValue(unitId, out var unit))
        {
            return; // a cycle or a dangling reference in succession data: contribute nothing rather than loop
        }
        if (unit.IsValidOn(day))
        {
            result[unitId] = result.GetValueOrDefault(unitId) + share;
            return;
        }
        foreach (var succession in _bySuccessor[unitId].Where(s => s.EffectiveOn > day))
        {
            Collect(succession.PredecessorId, day, share * succession.Share, result, depth + 1);
        }
    }
}
