using DxMonitor.Domain.Monitoring;
using DxMonitor.Web.Monitoring;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Rankings;

/// <summary>The composite DX indexes: rankings per year and the explanation of every score.</summary>
public static class RankingsApi
{
    public static void MapRankings(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/rankings").WithTags("Rankings");
        group.MapGet("/", List).WithSummary("The indexes and the years they have scores for.");
        group.MapGet("/{index}/{year:int}", Get).WithSummary("The ranking of an index for a year, with change from the year before.");
        group.MapGet("/{index}/{year:int}/{unit}", Explain).WithSummary("Why a unit has its score: every indicator's points.");
    }

    internal static async Task<Ok<List<IndexSummary>>> List(MonitoringState state, IOptions<MonitoringOptions> options, CancellationToken ct)
    {
        await state.Ready.WaitAsync(ct);
        return TypedResults.Ok(state.Read(s => options.Value.Indexes.Select(d => new IndexSummary(d.Code, d.NameVi, d.NameEn, d.PeerLevel,
            [.. s.Result.Indexes.Where(i => i.Index == d.Code).Select(i => i.Year)])).ToList()));
    }

    internal static async Task<Results<Ok<RankingResponse>, ProblemHttpResult>> Get(string index, int year, MonitoringState state, CancellationToken ct)
    {
        await state.Ready.WaitAsync(ct);
        return state.Read<Results<Ok<RankingResponse>, ProblemHttpResult>>(s =>
        {
            if (Find(s, index, year) is not { } current)
            {
                return NotFound(index, year);
            }
            var previous = Find(s, index, year - 1)?.Scores.ToDictionary(x => x.Unit);
            var rows = current.Scores.Select(score =>
            {
                var unit = s.Engine.Units.Units[score.Unit];
                var before = previous?.GetValueOrDefault(score.Unit);
                return new RankingRow(score.Rank, unit.Code, unit.NameVi, unit.NameEn, Math.Round(score.Score, 2),
                    before is null ? null : Math.Round(score.Score - before.Score, 2), before?.Rank, score.MissingCount);
            }).ToList();
            return TypedResults.Ok(new RankingResponse(index, year, rows));
        });
    }

    internal static async Task<Results<Ok<ScoreExplanation>, ProblemHttpResult>> Explain(
        string index, int year, string unit, MonitoringState state, IOptions<MonitoringOptions> options, CancellationToken ct)
    {
        await state.Ready.WaitAsync(ct);
        var definition = options.Value.Indexes.FirstOrDefault(d => d.Code == index);
        return state.Read<Results<Ok<ScoreExplanation>, ProblemHttpResult>>(s =>
        {
            var current = Find(s, index, year);
            var score = current?.Scores.FirstOrDefault(x => s.Engine.Units.Units[x.Unit].Code == unit);
            if (current is null || score is null || definition is null)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No score",
                    detail: $"Index {index} has no score for {unit} in {year}.");
            }
            var u = s.Engine.Units.Units[score.Unit];
            var pillars = score.Pillars.Select(p =>
            {
                var d = definition.Pillars.First(x => x.Code == p.Pillar);
                return new PillarExplanation(p.Pillar, d.NameVi, d.NameEn, Math.Round(p.Points, 2), Math.Round(p.MaxPoints, 2));
            }).ToList();
            var components = score.Components.Select(c => new ComponentExplanation(c.Pillar, c.Indicator, c.Raw, Math.Round(c.Normalised, 4),
                Math.Round(c.Weight, 4), Math.Round(c.Points, 2), c.Missing)).ToList();
            return TypedResults.Ok(new ScoreExplanation(index, year, u.Code, u.NameVi, Math.Round(score.Score, 2), score.Rank,
                current.Scores.Count, pillars, components));
        });
    }

    private static IndexYear? Find(MonitoringSnapshot snapshot, string index, int year) =>
        snapshot.Result.Indexes.FirstOrDefault(i => i.Index == index && i.Year == year);

    private static ProblemHttpResult NotFound(string index, int year) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: "No ranking", detail: $"Index {index} has no scores for {year}.");
}
