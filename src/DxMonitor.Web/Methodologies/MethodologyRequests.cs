using DxMonitor.Domain.DxIndex;
using DxMonitor.Domain.Units;

namespace DxMonitor.Web.Methodologies;

/// <summary>
/// A methodology as an analyst edits it: names, scale, the missing-value rule, the main indicators (with their pillar,
/// <c>area</c>) and their sub-indicators, and the peer groups ranked separately. A sub-indicator without an
/// <c>indicator</c> awaits data and needs its own <c>code</c> and names.
/// </summary>
public sealed record MethodologyRequest(
    string? NameVi, string? NameEn, double MaxScore, MissingValue Missing, IReadOnlyList<PillarDefinition>? Pillars,
    IReadOnlyList<PeerGroup>? PeerGroups = null, string? Source = null)
{
    public IndexDefinition ToDefinition(string index, UnitLevel level) =>
        new(index, NameVi?.Trim() ?? "", NameEn?.Trim() ?? "", level, Pillars ?? [], Missing, MaxScore, PeerGroups is { Count: > 0 } ? PeerGroups : null);
}

/// <summary>What to copy: by default the methodology in force the year before (its adopted version, else its newest).</summary>
public sealed record CopyMethodologyRequest(int? FromYear = null, int? FromVersion = null);
