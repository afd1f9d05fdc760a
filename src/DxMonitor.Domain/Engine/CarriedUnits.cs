using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Engine;

/// <summary>
/// The units the engines carry: every unit at a level some indicator is reported by, every ancestor of one, and
/// the nation. A level nobody reports (today the 3,321 communes) would only add empty cells: 30 times the units,
/// the same figures, and a start several times slower (ADR 027). Adding an indicator reported by communes brings
/// them in at the next load.
/// </summary>
public static class CarriedUnits
{
    public static List<OrgUnit> Select(IReadOnlyList<OrgUnit> units, UnitLevels reported)
    {
        var byId = units.ToDictionary(u => u.Id);
        var carried = new HashSet<int>();
        foreach (var unit in units.Where(u => u.Level == UnitLevel.Nation || reported.Includes(u.Level)))
        {
            // Up to the nation, stopping at a unit already carried (its ancestors are too) or after 16 steps (a cycle).
            var next = unit;
            for (var depth = 0; next is not null && depth < 16 && carried.Add(next.Id); depth++)
            {
                next = next.ParentId is { } parent ? byId.GetValueOrDefault(parent) : null;
            }
        }
        return [.. units.Where(u => carried.Contains(u.Id))];
    }
}
