using System.Text.Json.Serialization;
using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.DxIndex;

/// <summary>
/// A sub-indicator (chỉ số thành phần) of a main indicator, with its weight inside it and how it is normalised. Without
/// an <paramref name="Indicator"/> it is awaiting data: part of the published structure, not yet measured by the product,
/// counted by the index's <see cref="MissingValue"/> rule and shown as such.
/// </summary>
public sealed record ComponentDefinition(
    string? Indicator, double Weight, Normalisation Normalisation = Normalisation.MinMax, double? Target = null,
    string? Code = null, string? NameVi = null, string? NameEn = null)
{
    [JsonIgnore]
    public bool AwaitingData => Indicator is null;

    /// <summary>How the component is named in scores: its indicator, or its own code when it awaits data.</summary>
    [JsonIgnore]
    public string Key => Indicator ?? Code ?? "?";
}

/// <summary>
/// A main indicator (chỉ số chính, e.g. digital awareness) with its weight in the index, in one of the index's
/// pillars (<paramref name="Area"/>: trụ cột, e.g. digital government, or the shared foundations).
/// </summary>
public sealed record PillarDefinition(string Code, string NameVi, string NameEn, double Weight, IReadOnlyList<ComponentDefinition> Components, string? Area = null);

/// <summary>Units ranked among themselves only (e.g. ministries that provide public services, and those that do not).</summary>
public sealed record PeerGroup(string Code, string NameVi, string NameEn, IReadOnlyList<string> Units);

/// <summary>
/// A composite index computed per year for the units of one level (its peers), e.g. the provinces' DTI: its main
/// indicators and their sub-indicators, weights, normalisation, how a missing value counts, the scale of the score
/// and the peer groups ranked separately (none: every peer in one ranking).
/// </summary>
public sealed record IndexDefinition(
    string Code, string NameVi, string NameEn, UnitLevel PeerLevel, IReadOnlyList<PillarDefinition> Pillars,
    MissingValue Missing = MissingValue.Zero, double MaxScore = 100, IReadOnlyList<PeerGroup>? PeerGroups = null)
{
    [JsonIgnore]
    public IReadOnlyList<PeerGroup> Groups => PeerGroups ?? [];

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
                if (component.Indicator is { } indicator && !isKnownIndicator(indicator))
                {
                    problems.Add($"Pillar {pillar.Code} of {Code} uses unknown indicator {indicator}.");
                }
                if (component.Weight <= 0 || !double.IsFinite(component.Weight))
                {
                    problems.Add($"{component.Key} in {pillar.Code} needs a positive weight, not {component.Weight}.");
                }
                if (component.Normalisation == Normalisation.DistanceToTarget && component.Target is not > 0)
                {
                    problems.Add($"{component.Key} in {pillar.Code} is normalised by distance to target but has no positive target.");
                }
            }
        }
        return problems;
    }

    /// <summary>The indicators the index reads (awaiting-data components read none).</summary>
    [JsonIgnore]
    public IEnumerable<string> Indicators => Pillars.SelectMany(p => p.Components).Select(c => c.Indicator).OfType<string>();
}
