using System.Security.Claims;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.DxIndex;
using DxMonitor.Web.Accounts;
using DxMonitor.Web.Api;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Rankings;

/// <summary>The composite DX indexes: rankings per year and the explanation of every score.</summary>
public static class RankingsApi
{
    public static void MapRankings(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/rankings").WithTags("Rankings");
        group.MapGet("/", List).WithSummary("The indexes and the years they have scores for.");
        group.MapGet("/{index}/{year:int}", Get).WithSummary("The ranking of an index for a year, with change from the year before.");
        group.MapGet("/{index}/{year:int}/export.{format}", Export).WithSummary("The ranking as a file: export.csv (UTF-8 with BOM) or export.xlsx.");
        group.MapGet("/{index}/{year:int}/{unit}", Explain).WithSummary("Why a unit has its score: every indicator's points.");
        group.MapPost("/{index}/{year:int}/publish", Publish).RequireAuthorization(Reporting.ReportingApi.Review)
            .WithSummary("Publishes a ranking: the public sees it from now on; staff no longer see it marked provisional unless partial.");
    }

    internal static async Task<Ok<List<IndexSummary>>> List(
        ClaimsPrincipal user, MonitoringState state, DxDbContext db, CancellationToken ct)
    {
        var rankings = await PublishedRankings.LoadAsync(db, user.ToActor().View, ct);
        await state.Ready.WaitAsync(ct);
        return TypedResults.Ok(state.Read(rankings.View, s => RankingQueries.Indexes(s, rankings)));
    }

    internal static async Task<Results<Ok<RankingResponse>, ProblemHttpResult>> Get(
        string index, int year, ClaimsPrincipal user, MonitoringState state, DxDbContext db, CancellationToken ct)
    {
        var rankings = await PublishedRankings.LoadAsync(db, user.ToActor().View, ct);
        await state.Ready.WaitAsync(ct);
        return state.Read(rankings.View, s => RankingQueries.Ranking(s, index, year, rankings)) is { } ranking
            ? TypedResults.Ok(ranking)
            : NoRanking(index, year);
    }

    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> Export(
        string index, int year, string format, ClaimsPrincipal user, MonitoringState state, DxDbContext db, CancellationToken ct)
    {
        var rankings = await PublishedRankings.LoadAsync(db, user.ToActor().View, ct);
        await state.Ready.WaitAsync(ct);
        return state.Read(rankings.View, s => RankingQueries.Ranking(s, index, year, rankings)) is { } ranking
            ? ImportExport.TableExport.File(format, $"xep-hang-{index}-{year}", ["Hạng", "Mã đơn vị", "Đơn vị", "Điểm", "Thay đổi so với năm trước", "Số liệu thiếu"],
                ranking.Rows.Select(r => (IReadOnlyList<object?>)[r.Rank, r.Unit, r.NameVi, r.Score, r.Change, r.Missing]))
            : NoRanking(index, year);
    }

    internal static async Task<Results<Ok<ScoreExplanation>, ProblemHttpResult>> Explain(
        string index, int year, string unit, ClaimsPrincipal user, MonitoringState state, DxDbContext db, CancellationToken ct)
    {
        var rankings = await PublishedRankings.LoadAsync(db, user.ToActor().View, ct);
        await state.Ready.WaitAsync(ct);
        return state.Read(rankings.View, s => RankingQueries.Explain(s, index, year, unit, rankings)) is { } explanation
            ? TypedResults.Ok(explanation)
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: ApiText.Texts.Format("NoScoreTitle"), detail: ApiText.Texts.Format("NoScore", index, unit, year));
    }

    internal static async Task<Results<Ok<RankingResponse>, ProblemHttpResult>> Publish(
        string index, int year, ClaimsPrincipal user, MonitoringState state, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        await state.Ready.WaitAsync(ct);
        if (state.Read(DataView.Working, s => s.Result.Indexes.FirstOrDefault(i => i.Index == index && i.Year == year)) is not { } computed)
        {
            return NoRanking(index, year);
        }
        if (!await db.RankingPublications.AnyAsync(p => p.Index == index && p.Year == year, ct))
        {
            // Frozen with the methodology version it was computed with: that version can no longer be edited or replaced.
            db.RankingPublications.Add(new RankingPublication
            {
                Index = index,
                Year = year,
                PublishedBy = user.Identity?.Name ?? "?",
                PublishedAt = clock.GetUtcNow().UtcDateTime,
                MethodologyId = computed.Methodology?.Id,
                MethodologyVersion = computed.Methodology?.Version,
                MethodologyHash = computed.Methodology?.Hash,
            });
            await db.SaveChangesAsync(ct);
        }
        var rankings = await PublishedRankings.LoadAsync(db, user.ToActor().View, ct);
        return TypedResults.Ok(state.Read(rankings.View, s => RankingQueries.Ranking(s, index, year, rankings))!);
    }

    private static ProblemHttpResult NoRanking(string index, int year) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: ApiText.Texts.Format("NoRankingTitle"), detail: ApiText.Texts.Format("NoRanking", index, year));
}
