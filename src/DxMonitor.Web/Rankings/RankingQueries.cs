using DxMonitor.Domain.DxIndex;
using DxMonitor.Domain.Monitoring;
using DxMonitor.Web.Monitoring;

namespace DxMonitor.Web.Rankings;

/// <summary>Reads of the indexes shared by the API and the pages.</summary>
public static class RankingQueries
{
    public static List<IndexSummary> Indexes(MonitoringSnapshot s, PublishedRankings rankings) =>
        [.. s.IndexDefinitions.Select(d => new IndexSummary(d.Code, d.NameVi, d.NameEn, d.PeerLevel,
            [.. s.Result.Indexes.Where(i => i.Index == d.Code && !rankings.Hides(d.Code, i.Year)).Select(i => i.Year)]))];

    /// <summary>
    /// The ranking as the reader may see it: null when there is none or the public may not see it yet. For the
    /// public, a unit with missing inputs has no score (never a 0) and the others are ranked among themselves.
    /// </summary>
    public static RankingResponse? Ranking(MonitoringSnapshot s, string index, int year, PublishedRankings rankings) =>
        rankings.Hides(index, year) || Find(s, index, year) is not { } current
            ? null
            : Build(s, current, Find(s, index, year - 1), rankings.IsPublic, rankings.IsPublished(index, year));

    /// <summary>
    /// The rows of a computed index year, peer group by peer group (each ranked on its own), with the change from the
    /// year before; for the public, units with missing inputs are listed unranked and without a score.
    /// </summary>
    public static RankingResponse Build(MonitoringSnapshot s, IndexYear current, IndexYear? before, bool isPublic, bool published)
    {
        var previous = before?.Scores.ToDictionary(x => x.Unit);
        var complete = current.Scores.Count(x => x.MissingCount == 0);
        var rows = new List<RankingRow>(current.Scores.Count);
        foreach (var group in current.Scores.GroupBy(x => x.Group)) // the calculator lists the groups in the methodology's order
        {
            var publicRank = 0;
            rows.AddRange(group.OrderBy(x => isPublic && x.MissingCount > 0).ThenBy(x => x.Rank).Select(score =>
            {
                var unit = s.Engine.Units.Units[score.Unit];
                var earlier = previous?.GetValueOrDefault(score.Unit);
                return isPublic && score.MissingCount > 0
                    ? new RankingRow(null, unit.Code, unit.NameVi, unit.NameEn, null, null, earlier?.Rank, score.MissingCount, group.Key)
                    : new RankingRow(isPublic ? ++publicRank : score.Rank, unit.Code, unit.NameVi, unit.NameEn, score.Score,
                        earlier is null ? null : score.Score - earlier.Score, earlier?.Rank, score.MissingCount, group.Key);
            }));
        }
        var groups = current.Methodology?.Definition.Groups.Select(g => new PeerGroupResponse(g.Code, g.NameVi, g.NameEn)).ToList();
        return new RankingResponse(current.Index, current.Year, rows, published, !published || complete < current.Scores.Count, complete, current.Scores.Count,
            Methodology: Methodology(current), Groups: groups is { Count: > 0 } ? groups : null);
    }

    public static MethodologyUsed? Methodology(IndexYear year) =>
        year.Methodology is { } m ? new MethodologyUsed(m.Year, m.Version, m.Hash, m.Definition.MaxScore) : null;

    public static ScoreExplanation? Explain(MonitoringSnapshot s, string index, int year, string unit, PublishedRankings rankings)
    {
        var current = rankings.Hides(index, year) ? null : Find(s, index, year);
        var score = current?.Scores.FirstOrDefault(x => s.Engine.Units.Units[x.Unit].Code == unit);
        var definition = current?.Methodology?.Definition;
        if (current is null || score is null || definition is null)
        {
            return null;
        }
        var u = s.Engine.Units.Units[score.Unit];
        var pillars = score.Pillars.Select(p =>
        {
            var d = definition.Pillars.First(x => x.Code == p.Pillar);
            return new PillarExplanation(p.Pillar, d.NameVi, d.NameEn, p.Points, p.MaxPoints);
        }).ToList();
        // Unrounded, so that components add up to their pillar and pillars to the score; pages round once, at display.
        var components = score.Components.Select(c => new ComponentExplanation(c.Pillar, c.Indicator, c.Raw, c.Normalised,
            c.Weight, c.Points, c.Missing, c.AwaitingData)).ToList();
        var hidden = rankings.IsPublic && score.MissingCount > 0; // the public never reads a score built on missing inputs
        var peers = current.Scores.Count(x => x.Group == score.Group);
        return new ScoreExplanation(index, year, u.Code, u.NameVi, hidden ? null : score.Score, hidden ? null : score.Rank, peers, pillars, components,
            score.Group, definition.MaxScore, Methodology(current));
    }

    private static IndexYear? Find(MonitoringSnapshot snapshot, string index, int year) =>
        snapshot.Result.Indexes.FirstOrDefault(i => i.Index == index && i.Year == year);
}
