using DxMonitor.Domain.Units;

namespace DxMonitor.Web.Rankings;

/// <summary>An index and the years it has scores for.</summary>
public sealed record IndexSummary(string Code, string NameVi, string NameEn, UnitLevel PeerLevel, IReadOnlyList<int> Years);

/// <summary>
/// A unit's place: rank, score 0-100, the change from the year before, and how many values were missing. The public
/// never sees a score built on missing values: such a unit has no rank nor score there.
/// </summary>
public sealed record RankingRow(int? Rank, string Unit, string NameVi, string NameEn, double? Score, double? Change, int? PreviousRank, int Missing);

/// <summary>
/// A ranking, with its coverage: <paramref name="Complete"/> of <paramref name="Peers"/> units had every input.
/// <paramref name="Provisional"/>: not yet published by an analyst, or partial; staff see it so marked, the public
/// sees only published rankings.
/// </summary>
public sealed record RankingResponse(
    string Index, int Year, IReadOnlyList<RankingRow> Rows, bool Published, bool Provisional, int Complete, int Peers, DateTime? PublishedAt = null);

/// <summary>One indicator's part in a score: raw value, 0..1 sub-score, effective weight, points.</summary>
public sealed record ComponentExplanation(string Pillar, string Indicator, double? Raw, double Normalised, double Weight, double Points, bool Missing);

public sealed record PillarExplanation(string Pillar, string NameVi, string NameEn, double Points, double MaxPoints);

/// <summary>Why a unit has its score: every pillar and indicator with the points it added.</summary>
public sealed record ScoreExplanation(
    string Index, int Year, string Unit, string NameVi, double? Score, int? Rank, int Peers,
    IReadOnlyList<PillarExplanation> Pillars, IReadOnlyList<ComponentExplanation> Components);
