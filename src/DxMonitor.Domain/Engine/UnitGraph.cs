using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Engine;

/// <summary>
/// The units as dense arrays for the engine: index by position, parent by position, validity as day numbers,
/// and a bottom-up order (communes first, the nation last) in which children come before their parents.
/// </summary>
public sealed class UnitGraph
{
    public UnitGraph(IReadOnlyList<OrgUnit> units, IReadOnlyList<UnitSuccession> successions)
    {
        Units = units;
        Count = units.Count;
        IndexOf = new Dictionary<int, int>(Count);
        for (var i = 0; i < Count; i++)
        {
            IndexOf[units[i].Id] = i;
        }
        Parent = new int[Count];
        Level = new UnitLevel[Count];
        ValidFrom = new int[Count];
        ValidTo = new int[Count];
        var children = new List<int>[Count];
        for (var i = 0; i < Count; i++)
        {
            var unit = units[i];
            Parent[i] = unit.ParentId is { } p && IndexOf.TryGetValue(p, out var parent) ? parent : -1;
            Level[i] = unit.Level;
            ValidFrom[i] = unit.ValidFrom?.DayNumber ?? int.MinValue;
            ValidTo[i] = unit.ValidTo?.DayNumber ?? int.MaxValue;
            children[i] = [];
        }
        for (var i = 0; i < Count; i++)
        {
            if (Parent[i] >= 0)
            {
                children[Parent[i]].Add(i);
            }
        }
        Children = [.. children.Select(c => c.ToArray())];
        BottomUp = [.. Enumerable.Range(0, Count).OrderByDescending(i => Level[i]).ThenBy(i => i)];
        Lineage = new Lineage(units, successions);
    }

    public IReadOnlyList<OrgUnit> Units { get; }
    public int Count { get; }
    public Dictionary<int, int> IndexOf { get; }
    public int[] Parent { get; }
    public UnitLevel[] Level { get; }
    public int[] ValidFrom { get; }
    public int[] ValidTo { get; }
    public int[][] Children { get; }
    public int[] BottomUp { get; }
    public Lineage Lineage { get; }

    public bool IsValidOn(int unit, int dayNumber) => ValidFrom[unit] <= dayNumber && dayNumber < ValidTo[unit];

    public IEnumerable<int> Ancestors(int unit)
    {
        for (var p = Parent[unit]; p >= 0; p = Parent[p])
        {
            yield return p;
        }
    }
}
