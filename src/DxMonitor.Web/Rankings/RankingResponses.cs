using DxMonitor.Domain.Units;

namespace DxMonitor.Web.Rankings;

/// <summary>An index and the years it has scores for.</summary>
public sealed record IndexSummary(string Code, string NameVi, string NameEn, UnitLevel PeerLevel, IReadOnlyList<int> Years);

/// <summary>
/// A unit's place: rank, score 0-100, the change from the year before, and how many values were missing. The public
/// never sees a score built on missing values: such a unit has no rank nor score there.
/// </summary>
public sealed record RankingRow(int? Rank, string Unit, string NameVi, string NameEn, double? Score, double? Change, int? PreviousRank, int Missing, string? Group = null);

/// <summary>A peer group of a ranking: its units are ranked among themselves.</summary>
public sealed record PeerGroupResponse(string Code, string NameVi, string NameEn);

/// <summary>
/// The methodology version a ranking is computed with: the year it was adopted for (a later year without its own
/// keeps it), its version, the hash of its content and the score's scale.
/// </summary>
public sealed record MethodologyUsed(int Year, int Version, string Hash, double MaxScore);

/// <summary>
/// A ranking, with its coverage: <paramref name="Complete"/> of <paramref name="Peers"/> units had every input.
/// <paramref name="Provisional"/>: not yet published by an analyst, or partial; staff see it so marked, the public
/// sees only published rankings.
/// </summary>
public sealed record RankingResponse(
    string Index, int Year, IReadOnlyList<RankingRow> Rows, bool Published, bool Provisional, int Complete, int Peers, DateTime? PublishedAt = null,
    MethodologyUsed? Methodology = null, IReadOnlyList<PeerGroupResponse>? Groups = null);

/// <summary>One indicator's part in a score: raw value, 0..1 sub-score, effective weight, points.</summary>
public sealed record ComponentExplanation(string Pillar, string Indicator, double? Raw, double Normalised, double Weight, double Points, bool Missing, bool AwaitingData = false);

public sealed record PillarExplanation(string Pillar, string NameVi, string NameEn, double Points, double MaxPoints);

/// <summary>Why a unit has its score: every pillar and indicator with the points it added.</summary>
public sealed record ScoreExplanation(
    string Index, int Year, string Unit, string NameVi, double? Score, int? Rank, int Peers,
    IReadOnlyList<PillarExplanation> Pillars, IReadOnlyList<ComponentExplanation> Components,
    string? Group = null, double MaxScore = 100, MethodologyUsed? Methodology = null);
