using DxMonitor.Domain.ServiceIndex;

namespace DxMonitor.Web.ServiceIndex;

/// <summary>A component of a unit's score: its counts, rate (null: no data sent, missing), the rate for full points, weight and points.</summary>
public sealed record ServiceComponentResponse(
    string Code, string NameVi, string NameEn, string Measure, int Numerator, int Denominator, decimal? Rate, decimal FullAt,
    decimal Weight, decimal? Points, bool Missing);

/// <summary>A group's points within its cap (null: none of its components had data) and its components.</summary>
public sealed record ServiceGroupResponse(
    string Code, string NameVi, string NameEn, decimal? Points, decimal MaxPoints, bool Capped, IReadOnlyList<ServiceComponentResponse> Components);

/// <summary>
/// A unit's index for a period: points earned, points its components with data could earn, the score on 100 (null
/// when too few components had data to rank it), its rank among the units of its level (ties share a rank), its groups.
/// </summary>
public sealed record ServiceScoreResponse(
    string Unit, string NameVi, string NameEn, string Level, string Period, string Version, decimal Points, decimal Available,
    decimal? Score, int? Rank, int Ranked, int MissingComponents, IReadOnlyList<ServiceGroupResponse> Groups);

/// <summary>A ranking row: the unit, its score and rank, and each group's points by code.</summary>
public sealed record ServiceRankingRow(
    string Unit, string NameVi, string NameEn, decimal? Score, int? Rank, decimal Points, decimal Available, int MissingComponents,
    IReadOnlyDictionary<string, decimal?> Groups);

/// <summary>The units of a level (within a parent when given) ranked for a period; rows only for units the reader may read.</summary>
public sealed record ServiceRankingResponse(
    string Period, string Level, string? Within, string Version, int Ranked, int Units, IReadOnlyList<ServiceGroupHeading> Groups,
    IReadOnlyList<ServiceRankingRow> Rows);

public sealed record ServiceGroupHeading(string Code, string NameVi, string NameEn, decimal MaxPoints);

/// <summary>A unit's index month by month: score, points, rank among its level that month.</summary>
public sealed record ServiceTrendPoint(string Month, string Version, decimal? Score, decimal Points, decimal Available, int? Rank, int Ranked);

public sealed record ServiceTrendResponse(string Unit, string NameVi, string NameEn, IReadOnlyList<ServiceTrendPoint> Months);

/// <summary>A definition version and the month it is in force from; <see cref="Seeded"/> for the one the product ships.</summary>
public sealed record ServiceDefinitionResponse(string Version, string ValidFrom, bool Seeded, ServiceIndexDefinition Definition);
