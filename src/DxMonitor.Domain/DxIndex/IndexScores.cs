namespace DxMonitor.Domain.DxIndex;

/// <summary>
/// How one sub-indicator counted in a unit's score: raw value, 0..1 sub-score, effective weight, points added.
/// <paramref name="AwaitingData"/>: the methodology lists it but the product does not measure it yet (no unit has it).
/// </summary>
public sealed record ComponentScore(string Pillar, string Indicator, double? Raw, double Normalised, double Weight, double Points, bool Missing, bool AwaitingData = false);

/// <summary>A main indicator's points in a unit's score.</summary>
public sealed record PillarScore(string Pillar, double Points, double MaxPoints);

/// <summary>
/// A unit's score (0 to the index's maximum), its rank among the peers of its <paramref name="Group"/> (ties share a
/// rank) and the explanation of every point.
/// </summary>
public sealed record UnitScore(int Unit, double Score, int Rank, IReadOnlyList<PillarScore> Pillars, IReadOnlyList<ComponentScore> Components, string? Group = null)
{
    /// <summary>Values the unit did not report; sub-indicators awaiting data are the methodology's gap, not the unit's.</summary>
    public int MissingCount => Components.Count(c => c.Missing && !c.AwaitingData);
}
