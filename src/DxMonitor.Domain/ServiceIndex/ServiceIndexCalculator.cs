using DxMonitor.Domain.DxIndex;
using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.ServiceIndex;

/// <summary>Scores a unit's inputs under a definition: every component's rate and points, groups capped, the total on 100.</summary>
public static class ServiceIndexCalculator
{
    public static ServiceScore Score(ServiceIndexDefinition definition, UnitLevel level, ServiceInputs inputs)
    {
        var groups = new List<GroupScore>(definition.Groups.Count);
        decimal points = 0, available = 0, applicable = 0;
        foreach (var group in definition.Groups)
        {
            var components = group.Components.Where(c => c.AppliesTo(level)).Select(c => Component(group.Code, c, inputs)).ToList();
            if (components.Count == 0)
            {
                continue;
            }
            var measured = components.Where(c => !c.Missing).ToList();
            var earned = measured.Sum(c => c.Points ?? 0);
            var capped = earned > group.MaxPoints;
            var groupPoints = measured.Count == 0 ? (decimal?)null : Math.Min(earned, group.MaxPoints);
            groups.Add(new GroupScore(group.Code, groupPoints, group.MaxPoints, capped, components));
            points += groupPoints ?? 0;
            applicable += Math.Min(components.Sum(c => c.Weight), group.MaxPoints);
            available += Math.Min(measured.Sum(c => c.Weight), group.MaxPoints);
        }
        var coverage = applicable == 0 ? 0 : 100 * available / applicable;
        decimal? score = coverage < definition.MinCoverage || available == 0 ? null
            : definition.Missing == MissingValue.Reweight ? Round(points * 100 / available)
            : Round(points * 100 / applicable);
        return new ServiceScore(definition.Version, points, available, score, groups);
    }

    /// <summary>Points and scores to two decimals, halves away from zero (65.625 is 65.63) as people round them by hand.</summary>
    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);

    private static ComponentScore Component(string group, ServiceComponentDefinition component, ServiceInputs inputs)
    {
        var fraction = inputs.Measure(component.Measure);
        var rate = fraction.Rate;
        decimal? points = rate is { } r ? Round(component.Weight * Math.Min(1, r / component.FullAt)) : null;
        return new ComponentScore(group, component.Code, component.Measure, fraction.Numerator, fraction.Denominator, rate,
            component.FullAt, component.Weight, points);
    }
}
