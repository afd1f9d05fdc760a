using DxMonitor.Data;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Sources;

/// <summary>A report or legal document cited by figures and targets.</summary>
public sealed record SourceResponse(string Code, string TitleVi, string TitleEn, string Publisher, DateOnly? PublishedOn, string? FileName);

/// <summary>The documents that seeded figures, indicators and targets cite.</summary>
public static class SourcesApi
{
    public static void MapSources(this IEndpointRouteBuilder api) =>
        api.MapGroup("/sources").WithTags("Sources").MapGet("/", List).WithSummary("Every source document.");

    internal static async Task<Ok<List<SourceResponse>>> List(DxDbContext db, CancellationToken ct) =>
        TypedResults.Ok(await db.Sources.AsNoTracking().OrderBy(s => s.PublishedOn).ThenBy(s => s.Code)
            .Select(s => new SourceResponse(s.Code, s.TitleVi, s.TitleEn, s.Publisher, s.PublishedOn, s.FileName))
            .ToListAsync(ct));
}
