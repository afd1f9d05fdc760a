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
    public static void MapProgress(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/progress").WithTags("Progress");
        group.MapGet("/", List).WithSummary("Progress against targets, filtered by indicator, unit, target and status.");
        group.MapGet("/export.{format}", Export).WithSummary("The same progress as a file: export.csv (UTF-8 with BOM) or export.xlsx.");
    }

    /// <param name="format">csv or xlsx.</param>
    /// <param name="indicator">Indicator code.</param>
    /// <param name="unit">Unit code.</param>
    /// <param name="status">NoData, Achieved, OnTrack, Behind or Missed.</param>
    internal static async Task<FileContentHttpResult> Export(
        string format, string? indicator, string? unit, string? status, ClaimsPrincipal user, MonitoringState state, CancellationToken ct)
    {
        var statusFilter = Require.Enum<ProgressStatus>(status, "status");
        await state.Ready.WaitAsync(ct);
        var rows = state.Read(user.ToActor().View, snapshot => ProgressQueries.List(snapshot, indicator, unit, null, statusFilter));
        return ImportExport.TableExport.File(format, "tien-do-muc-tieu",
            ["Chỉ tiêu", "Mã đơn vị", "Đơn vị", "Mục tiêu", "Thời hạn", "Trạng thái", "Giá trị mới nhất", "Ngày số liệu", "Khoảng cách", "Giá trị kỳ vọng", "Giải thích"],
            rows.Select(r => (IReadOnlyList<object?>)[r.Indicator, r.Unit, r.UnitNameVi, r.TargetValue, r.Deadline, r.Status.ToString(), r.Latest, r.LatestAt,
                r.Gap, r.Expected, r.Explanation]));
    }

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
