using DxMonitor.Domain.DxIndex;
using DxMonitor.Domain.Monitoring;
using DxMonitor.Web.Monitoring;

namespace DxMonitor.Web.Rankings;

/// <summary>Reads of the indexes shared by the API and the pages.</summary>
public static class RankingQueries
{
    public static List<IndexSummary> Indexes(MonitoringSnapshot s, IReadOnlyList<IndexDefinition> definitions, PublishedRankings rankings) =>
        [.. definitions.Select(d => new IndexSummary(d.Code, d.NameVi, d.NameEn, d.PeerLevel,
            [.. s.Result.Indexes.Where(i => i.Index == d.Code && !rankings.Hides(d.Code, i.Year)).Select(i => i.Year)]))];

    /// <summary>
    /// The ranking as the reader may see it: null when there is none or the public may not see it yet. For the
    /// public, a unit with missing inputs has no score (never a 0) and the others are ranked among themselves.
    /// </summary>
    public static RankingResponse? Ranking(MonitoringSnapshot s, string index, int year, PublishedRankings rankings)
    {
        if (rankings.Hides(index, year) || Find(s, index, year) is not { } current)
        {
            return null;
        }
        var previous = Find(s, index, year - 1)?.Scores.ToDictionary(x => x.Unit);
        var complete = current.Scores.Count(x => x.MissingCount == 0);
        var publicRank = 0;
        var rows = current.Scores.OrderBy(x => rankings.IsPublic && x.MissingCount > 0).ThenBy(x => x.Rank).Select(score =>
        {
            var unit = s.Engine.Units.Units[score.Unit];
            var before = previous?.GetValueOrDefault(score.Unit);
            if (rankings.IsPublic && score.MissingCount > 0)
            {
                return new RankingRow(null, unit.Code, unit.NameVi, unit.NameEn, null, null, before?.Rank, score.MissingCount);
            }
            return new RankingRow(rankings.IsPublic ? ++publicRank : score.Rank, unit.Code, unit.NameVi, unit.NameEn, score.Score,
                before is null ? null : score.Score - before.Score, before?.Rank, score.MissingCount);
        }).ToList();
        var published = rankings.IsPublished(index, year);
        return new RankingResponse(index, year, rows, published, !published || complete < current.Scores.Count, complete, current.Scores.Count);
    }

    public static ScoreExplanation? Explain(MonitoringSnapshot s, IndexDefinition? definition, string index, int year, string unit, PublishedRankings rankings)
    {
        var current = rankings.Hides(index, year) ? null : Find(s, index, year);
        var score = current?.Scores.FirstOrDefault(x => s.Engine.Units.Units[x.Unit].Code == unit);
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
            c.Weight, c.Points, c.Missing)).ToList();
        var hidden = rankings.IsPublic && score.MissingCount > 0; // the public never reads a score built on missing inputs
        return new ScoreExplanation(index, year, u.Code, u.NameVi, hidden ? null : score.Score, hidden ? null : score.Rank, current.Scores.Count, pillars, components);
    }

    private static IndexYear? Find(MonitoringSnapshot snapshot, string index, int year) =>
        snapshot.Result.Indexes.FirstOrDefault(i => i.Index == index && i.Year == year);
}
