using DxMonitor.Domain.Progress;
using DxMonitor.Web.Monitoring;

namespace DxMonitor.Web.Progress;

/// <summary>Reads of progress against targets shared by the API and the pages.</summary>
public static class ProgressQueries
{
    public static List<ProgressResponse> List(MonitoringSnapshot snapshot, string? indicator, string? unit, int? target, ProgressStatus? status)
    {
        var engine = snapshot.Engine;
        var specs = snapshot.Targets.ToDictionary(t => t.TargetId, t => t.Spec);
        return [.. snapshot.Result.Progress
            .Where(p => (target is null || p.TargetId == target) && (status is null || p.Result.Status == status)
                && (indicator is null || engine.Indicators[p.Indicator].Code == indicator)
                && (unit is null || engine.Units.Units[p.Unit].Code == unit))
            .Select(p =>
            {
                var r = p.Result;
                var u = engine.Units.Units[p.Unit];
                return new ProgressResponse(p.TargetId, engine.Indicators[p.Indicator].Code, u.Code, u.NameVi, specs[p.TargetId].Value,
                    specs[p.TargetId].Deadline, r.Status, r.Class, r.Latest?.Value, r.Latest?.At, r.Baseline?.Value, r.Baseline?.At,
                    r.Gap, r.Expected, r.Ratio, r.Method, ProgressCalculator.Explain(r, specs[p.TargetId]));
            })];
    }
}
