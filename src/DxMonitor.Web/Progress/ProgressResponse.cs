using DxMonitor.Domain.Progress;

namespace DxMonitor.Web.Progress;

/// <summary>
/// A unit's progress against a target: latest value, gap still to close, value expected today on the
/// trajectory, status and the Open SDG class (ratio of observed to needed growth).
/// </summary>
public sealed record ProgressResponse(
    int TargetId, string Indicator, string Unit, string UnitNameVi, double TargetValue, DateOnly Deadline,
    ProgressStatus Status, ProgressClass Class, double? Latest, DateOnly? LatestAt, double? Baseline, DateOnly? BaselineAt,
    double? Gap, double? Expected, double? Ratio, string Method, string Explanation);
