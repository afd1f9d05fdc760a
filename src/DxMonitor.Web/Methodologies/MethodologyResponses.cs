using DxMonitor.Domain.DxIndex;
using DxMonitor.Domain.Units;

namespace DxMonitor.Web.Methodologies;

/// <summary>
/// One methodology version: its structure and where it stands. <paramref name="FrozenBecause"/>: why it can no longer be
/// edited (a published ranking was computed with it, or it was superseded), null while it can.
/// </summary>
public sealed record MethodologyResponse(
    string Index, int Year, int Version, MethodologyStatus Status, string Hash, string NameVi, string NameEn, UnitLevel PeerLevel,
    double MaxScore, MissingValue Missing, IReadOnlyList<PillarDefinition> Pillars, IReadOnlyList<PeerGroup> PeerGroups, string? Source,
    string UpdatedBy, DateTime UpdatedAt, string? AdoptedBy, DateTime? AdoptedAt, string? FrozenBecause, int Components, int AwaitingData)
{
    public static MethodologyResponse From(IndexMethodology m, string? frozenBecause)
    {
        var d = m.Definition;
        var components = d.Pillars.SelectMany(p => p.Components).ToList();
        return new(m.Index, m.Year, m.Version, m.Status, m.Hash, d.NameVi, d.NameEn, d.PeerLevel, d.MaxScore, d.Missing, d.Pillars, d.Groups,
            m.Source, m.UpdatedBy, m.UpdatedAt, m.AdoptedBy, m.AdoptedAt, frozenBecause, components.Count, components.Count(c => c.AwaitingData));
    }
}

/// <summary>A methodology version in a list.</summary>
public sealed record MethodologySummary(string Index, int Year, int Version, MethodologyStatus Status, string Hash, string NameVi, string NameEn, DateTime UpdatedAt);
