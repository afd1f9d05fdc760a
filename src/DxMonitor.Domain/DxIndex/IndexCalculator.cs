using DxMonitor.Domain.Indicators;

namespace DxMonitor.Domain.DxIndex;

/// <summary>
/// Computes a composite index: each sub-indicator normalised to 0..1 (direction-aware), weighted inside its main
/// indicator, main indicators weighted in the index, scaled to the index's maximum score. Weights are normalised to sum
/// to 1 at each level. A missing value counts by the index's rule (<see cref="MissingValue"/>): by default it scores 0
/// and is flagged, so a unit never gains by not reporting. Peer groups are normalised and ranked each on their own.
/// </summary>
public static class IndexCalculator
{
    public static IReadOnlyList<UnitScore> Compute(
        IndexDefinition definition, IReadOnlyList<int> peers, Func<string, int, double?> valueOf, Func<string, Direction> directionOf,
        Func<int, string?>? groupOf = null)
    {
        if (definition.Groups.Count == 0 || groupOf is null)
        {
            return ComputeGroup(definition, peers, valueOf, directionOf, null);
        }
        var order = definition.Groups.Select((g, i) => (g.Code, i)).ToDictionary(x => x.Code, x => x.i, StringComparer.Ordinal);
        return [.. peers.GroupBy(groupOf)
            .OrderBy(g => g.Key is { } code && order.TryGetValue(code, out var i) ? i : int.MaxValue)
            .SelectMany(g => ComputeGroup(definition, [.. g], valueOf, directionOf, g.Key))];
    }

    private static List<UnitScore> ComputeGroup(
        IndexDefinition definition, IReadOnlyList<int> peers, Func<string, int, double?> valueOf, Func<string, Direction> directionOf, string? group)
    {
        var pillarTotal = definition.Pillars.Sum(p => p.Weight);
        var components = peers.ToDictionary(u => u, _ => new List<ComponentScore>());
        foreach (var pillar in definition.Pillars)
        {
            var share = pillar.Weight / pillarTotal;
            var componentTotal = pillar.Components.Sum(c => c.Weight);
            var raws = pillar.Components.Select(c => peers.ToDictionary(u => u,
                u => c.Indicator is { } code && valueOf(code, u) is { } v && double.IsFinite(v) ? v : (double?)null)).ToList();
            foreach (var unit in peers)
            {
                var presentWeight = pillar.Components.Where((c, k) => raws[k][unit] is not null).Sum(c => c.Weight);
                var reweight = definition.Missing == MissingValue.Reweight && presentWeight > 0;
                for (var k = 0; k < pillar.Components.Count; k++)
                {
                    var component = pillar.Components[k];
                    var raw = raws[k][unit];
                    var weight = reweight ? (raw is null ? 0 : share * component.Weight / presentWeight) : share * component.Weight / componentTotal;
                    var normalised = raw is { } value
                        ? Normalise(component, directionOf(component.Indicator!), value, [.. raws[k].Values.OfType<double>()]) // a value means an indicator
                        : 0;
                    components[unit].Add(new ComponentScore(pillar.Code, component.Key, raw, normalised, weight,
                        definition.MaxScore * weight * normalised, raw is null, component.AwaitingData));
                }
            }
        }
        var scored = peers.Select(unit => (Unit: unit, Score: components[unit].Sum(c => c.Points))).OrderByDescending(s => s.Score).ThenBy(s => s.Unit).ToList();
        var results = new List<UnitScore>(scored.Count);
        for (var i = 0; i < scored.Count; i++)
        {
            var rank = i > 0 && Math.Abs(scored[i].Score - scored[i - 1].Score) < 1e-9 ? results[i - 1].Rank : i + 1;
            var parts = components[scored[i].Unit];
            var pillars = definition.Pillars.Select(p => new PillarScore(p.Code,
                parts.Where(c => c.Pillar == p.Code).Sum(c => c.Points), definition.MaxScore * p.Weight / pillarTotal)).ToList();
            results.Add(new UnitScore(scored[i].Unit, scored[i].Score, rank, pillars, parts, group));
        }
        return results;
    }

    private static double Normalise(ComponentDefinition component, Direction direction, double value, List<double> peers)
    {
        if (component.Normalisation == Normalisation.DistanceToTarget && component.Target is > 0 and var target)
        {
            var ratio = direction == Direction.LowerIsBetter ? (value <= 0 ? 1 : target / value) : value / target;
            return Math.Clamp(ratio, 0, 1);
        }
        var min = peers.Min();
        var max = peers.Max();
        if (max - min < 1e-12)
        {
            return 1;
        }
        var position = (value - min) / (max - min);
        return direction == Direction.LowerIsBetter ? 1 - position : position;
    }
}
