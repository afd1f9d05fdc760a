using System.Security.Claims;
using DxMonitor.Domain.Progress;
using DxMonitor.Web.Accounts;
using DxMonitor.Web.Api;
using DxMonitor.Web.Monitoring;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DxMonitor.Web.Progress;

/// <summary>Progress of units against targets, as of the engine's latest pass.</summary>
public static class ProgressApi
{
    public static void MapProgress(this IEndpointRouteBuilder api) =>
        api.MapGroup("/progress").WithTags("Progress").MapGet("/", List)
            .WithSummary("Progress against targets, filtered by indicator, unit, target and status.");

    /// <param name="indicator">Indicator code.</param>
    /// <param name="unit">Unit code.</param>
    /// <param name="target">Target id.</param>
    /// <param name="status">NoData, Achieved, OnTrack, Behind or Missed.</param>
    /// <param name="page">Page number from 1.</param>
    /// <param name="pageSize">Items per page, 1-500.</param>
    internal static async Task<Ok<Paged<ProgressResponse>>> List(
        string? indicator, string? unit, int? target, string? status, int? page, int? pageSize, ClaimsPrincipal user, MonitoringState state, CancellationToken ct)
    {
        var paging = PageRequest.From(page, pageSize);
        var statusFilter = Require.Enum<ProgressStatus>(status, "status");
        await state.Ready.WaitAsync(ct);
        var rows = state.Read(user.ToActor().View, snapshot => ProgressQueries.List(snapshot, indicator, unit, target, statusFilter));
        return TypedResults.Ok(paging.Of(rows));
    }
}
