namespace DxMonitor.Domain.Rollups;

/// <summary>
/// One part of an aggregate: a unit's value, the weight of a rate (its denominator, e.g. households for the
/// fibre share) and the share of the unit that counts (1 unless the unit was split).
/// </summary>
public readonly record struct Contribution(int UnitId, decimal Value, decimal? Weight = null, decimal Share = 1m);
