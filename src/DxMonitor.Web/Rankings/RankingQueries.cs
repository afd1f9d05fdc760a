using DxMonitor.Domain.DxIndex;
using DxMonitor.Domain.Monitoring;
using DxMonitor.Web.Monitoring;

namespace DxMonitor.Web.Rankings;

/// <summary>Reads of the indexes shared by the API and the pages.</summary>
public static class RankingQueries
{
    public static List<IndexSummary> Indexes(MonitoringSnapshot s, IReadOnlyList<IndexDefinition> definitions) =>
        [.. definitions.Select(d => new IndexSummary(d.Code, d.NameVi, d.NameEn, d.PeerLevel,
            [.. s.Result.Indexes.Where(i => i.Index == d.Code).Select(i => i.Year)]))];

    public static RankingResponse? Ranking(MonitoringSnapshot s, string index, int year)
    {
        if (Find(s, index, year) is not { } current)
        {
            return null;
        }
        var previous = Find(s, index, year - 1)?.Scores.ToDictionary(x => x.Unit);
        var rows = current.Scores.Select(score =>
        {
            var unit = s.Engine.Units.Units[score.Unit];
            var before = previous?.GetValueOrDefault(score.Unit);
            return new RankingRow(score.Rank, unit.Code, unit.NameVi, unit.NameEn, score.Score,
                before is null ? null : score.Score - before.Score, before?.Rank, score.MissingCount);
        }).ToList();
        return new RankingResponse(index, year, rows);
    }

    public static ScoreExplanation? Explain(MonitoringSnapshot s, IndexDefinition? definition, string index, int year, string unit)
    {
        var current = Find(s, index, year);
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
        return new ScoreExplanation(index, year, u.Code, u.NameVi, score.Score, score.Rank, current.Scores.Count, pillars, components);
    }

    private static IndexYear? Find(MonitoringSnapshot snapshot, string index, int year) =>
        snapshot.Result.Indexes.FirstOrDefault(i => i.Index == index && i.Year == year);
}
