using DxMonitor.Domain.Resources;
using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.DxIndex;

/// <summary>One indicator in a pillar, with its weight inside the pillar and how it is normalised.</summary>
public sealed record ComponentDefinition(string Indicator, double Weight, Normalisation Normalisation = Normalisation.MinMax, double? Target = null);

/// <summary>A pillar of the index (e.g. digital government) with its weight in the index.</summary>
public sealed record PillarDefinition(string Code, string NameVi, string NameEn, double Weight, IReadOnlyList<ComponentDefinition> Components);

/// <summary>A composite index computed per year for the units of one level (its peers), e.g. the provinces' DTI.</summary>
public sealed record IndexDefinition(string Code, string NameVi, string NameEn, UnitLevel PeerLevel, IReadOnlyList<PillarDefinition> Pillars)
{
    private static readonly Texts Text = new(typeof(IndexText));

    /// <summary>Problems that make the definition unusable: no pillars, weights not positive, unknown indicators.</summary>
    public IReadOnlyList<string> Problems(Func<string, bool> isKnownIndicator)
    {
        var problems = new List<string>();
        if (Pillars.Count == 0)
        {
            problems.Add(Text.Format("NoPillar", Code));
        }
        foreach (var pillar in Pillars)
        {
            if (pillar.Weight <= 0 || !double.IsFinite(pillar.Weight))
            {
                problems.Add(Text.Format("PillarWeight", pillar.Code, Code, pillar.Weight));
            }
            if (pillar.Components.Count == 0)
            {
                problems.Add(Text.Format("PillarEmpty", pillar.Code, Code));
            }
            foreach (var component in pillar.Components)
            {
                if (!isKnownIndicator(component.Indicator))
                {
                    problems.Add(Text.Format("UnknownIndicator", pillar.Code, Code, component.Indicator));
                }
                if (component.Weight <= 0 || !double.IsFinite(component.Weight))
                {
                    problems.Add(Text.Format("ComponentWeight", component.Indicator, pillar.Code, component.Weight));
                }
                if (component.Normalisation == Normalisation.DistanceToTarget && component.Target is not > 0)
                {
                    problems.Add(Text.Format("NoTarget", component.Indicator, pillar.Code));
                }
            }
        }
        return problems;
    }
}
