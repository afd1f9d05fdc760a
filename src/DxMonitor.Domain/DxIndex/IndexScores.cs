namespace DxMonitor.Domain.DxIndex;

/// <summary>How one indicator counted in a unit's score: raw value, 0..1 sub-score, effective weight, points added.</summary>
public sealed record ComponentScore(string Pillar, string Indicator, double? Raw, double Normalised, double Weight, double Points, bool Missing);

/// <summary>A pillar's points in a unit's score.</summary>
public sealed record PillarScore(string Pillar, double Points, double MaxPoints);

/// <summary>A unit's score (0-100), its rank among peers (ties share a rank) and the explanation of every point.</summary>
public sealed record UnitScore(int Unit, double Score, int Rank, IReadOnlyList<PillarScore> Pillars, IReadOnlyList<ComponentScore> Components)
{
    public int MissingCount => Components.Count(c => c.Missing);
}
