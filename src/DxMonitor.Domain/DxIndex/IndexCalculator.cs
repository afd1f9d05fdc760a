using DxMonitor.Domain.Indicators;

namespace DxMonitor.Domain.DxIndex;

/// <summary>
/// Computes a composite index: each indicator normalised to 0..1 (direction-aware), weighted inside its
/// pillar, pillars weighted in the index, scaled to 0-100. Weights are normalised to sum to 1 at each level.
/// A missing value scores 0 and is flagged, so a unit never gains by not reporting.
/// </summary>
public static class IndexCalculator
{
    public static IReadOnlyList<UnitScore> Compute(
        IndexDefinition definition, IReadOnlyList<int> peers, Func<string, int, double?> valueOf, Func<string, Direction> directionOf)
    {
        var pillarTotal = definition.Pillars.Sum(p => p.Weight);
        var components = new Dictionary<int, List<ComponentScore>>();
        foreach (var unit in peers)
        {
            components[unit] = [];
        }
        foreach (var pillar in definition.Pillars)
        {
            var componentTotal = pillar.Components.Sum(c => c.Weight);
            foreach (var component in pillar.Components)
            {
                var weight = pillar.Weight / pillarTotal * component.Weight / componentTotal;
                var direction = directionOf(component.Indicator);
                var raw = peers.ToDictionary(u => u, u => valueOf(component.Indicator, u) is { } v && double.IsFinite(v) ? v : (double?)null);
                var present = raw.Values.OfType<double>().ToList();
                foreach (var unit in peers)
                {
                    var normalised = raw[unit] is { } value ? Normalise(component, direction, value, present) : 0;
                    components[unit].Add(new ComponentScore(pillar.Code, component.Indicator, raw[unit], normalised, weight,
                        100 * weight * normalised, raw[unit] is null));
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
                parts.Where(c => c.Pillar == p.Code).Sum(c => c.Points), 100 * p.Weight / pillarTotal)).ToList();
            results.Add(new UnitScore(scored[i].Unit, scored[i].Score, rank, pillars, parts));
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
