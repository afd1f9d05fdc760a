using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.DxIndex;

/// <summary>One indicator in a pillar, with its weight inside the pillar and how it is normalised.</summary>
public sealed record ComponentDefinition(string Indicator, double Weight, Normalisation Normalisation = Normalisation.MinMax, double? Target = null);

/// <summary>A pillar of the index (e.g. digital government) with its weight in the index.</summary>
public sealed record PillarDefinition(string Code, string NameVi, string NameEn, double Weight, IReadOnlyList<ComponentDefinition> Components);

/// <summary>A composite index computed per year for the units of one level (its peers), e.g. the provinces' DTI.</summary>
public sealed record IndexDefinition(string Code, string NameVi, string NameEn, UnitLevel PeerLevel, IReadOnlyList<PillarDefinition> Pillars)
{
    /// <summary>Problems that make the definition unusable: no pillars, weights not positive, unknown indicators.</summary>
    public IReadOnlyList<string> Problems(Func<string, bool> isKnownIndicator)
    {
        var problems = new List<string>();
        if (Pillars.Count == 0)
        {
            problems.Add($"Index {Code} has no pillar.");
        }
        foreach (var pillar in Pillars)
        {
            if (pillar.Weight <= 0 || !double.IsFinite(pillar.Weight))
            {
                problems.Add($"Pillar {pillar.Code} of {Code} needs a positive weight, not {pillar.Weight}.");
            }
            if (pillar.Components.Count == 0)
            {
                problems.Add($"Pillar {pillar.Code} of {Code} has no indicator.");
            }
            foreach (var component in pillar.Components)
            {
                if (!isKnownIndicator(component.Indicator))
                {
                    problems.Add($"Pillar {pillar.Code} of {Code} uses unknown indicator {component.Indicator}.");
                }
                if (component.Weight <= 0 || !double.IsFinite(component.Weight))
                {
                    problems.Add($"{component.Indicator} in {pillar.Code} needs a positive weight, not {component.Weight}.");
                }
                if (component.Normalisation == Normalisation.DistanceToTarget && component.Target is not > 0)
                {
                    problems.Add($"{component.Indicator} in {pillar.Code} is normalised by distance to target but has no positive target.");
                }
            }
        }
        return problems;
    }
}
