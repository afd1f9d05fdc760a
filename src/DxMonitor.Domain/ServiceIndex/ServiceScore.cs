namespace DxMonitor.Domain.ServiceIndex;

/// <summary>
/// One component of a unit's score, explained: the counts it came from, the rate, the points it could earn and
/// earned. <see cref="Missing"/> when no data were sent for it (the rate and points are then null, not zero).
/// </summary>
public sealed record ComponentScore(
    string Group, string Code, ServiceMeasure Measure, int Numerator, int Denominator, decimal? Rate, decimal FullAt,
    decimal Weight, decimal? Points)
{
    public bool Missing => Rate is null;
}

/// <summary>A group's points (its components' within its cap), what it could earn, and whether the cap cut them.</summary>
public sealed record GroupScore(string Code, decimal? Points, decimal MaxPoints, bool Capped, IReadOnlyList<ComponentScore> Components);

/// <summary>
/// A unit's service index for a period under one definition version. <see cref="Points"/> adds the points earned;
/// <see cref="Available"/> is what the components with data could earn; <see cref="Score"/> is the index on 100 (the
/// points scaled over the available ones when the definition reweights, the points themselves otherwise) and null
/// when less than the definition's minimum coverage had data.
/// </summary>
public sealed record ServiceScore(
    string Version, decimal Points, decimal Available, decimal? Score, IReadOnlyList<GroupScore> Groups)
{
    public int MissingComponents => Groups.Sum(g => g.Components.Count(c => c.Missing));
}
