using System.Globalization;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Portals;
using DxMonitor.Evaluator;
using DxMonitor.Evaluator.Grading;
using DxMonitor.Web.Resources;
using Microsoft.Extensions.Localization;

namespace DxMonitor.Web.Portals;

/// <summary>
/// Evaluates one portal, stores the evaluation with its checks and findings, and feeds the unit's portal score
/// into the monitoring engine through the one audited write path (<see cref="RecordPortalScore"/>).
/// </summary>
public static class EvaluatePortal
{
    public const string OnDemand = "on-demand";
    public const string Scheduled = "scheduled";

    public static async Task<EvaluationResponse> RunAsync(
        Portal portal, string trigger, Actor actor, PortalEvaluator evaluator, DxDbContext db, TimeProvider clock,
        Monitoring.ReportChannel monitoring, IStringLocalizer<PortalsText> text, CancellationToken ct)
    {
        var result = await evaluator.EvaluateAsync(new Uri(portal.Url), ct);
        var evaluation = ToEntity(portal.Id, result, trigger, actor.Name);
        db.PortalEvaluations.Add(evaluation);
        portal.LastEvaluatedAt = clock.GetUtcNow().UtcDateTime;
        var indicator = await RecordPortalScore.SaveWithScoreAsync(portal.UnitId, actor, db, clock, monitoring, ct);
        return EvaluationResponse.Of(evaluation, portal.Url, indicator, text);
    }

    public static PortalEvaluation ToEntity(int portalId, Evaluation result, string trigger, string requestedBy) => new()
    {
        PortalId = portalId,
        StartedAt = result.StartedAt.UtcDateTime,
        DurationMs = (int)Math.Min(int.MaxValue, result.Duration.TotalMilliseconds),
        Score = result.Score,
        Grade = result.Grade,
        Trigger = trigger,
        RequestedBy = Cut(requestedBy, 256)!,
        Definition = Cut(result.Definition, 80),
        Checks = [.. result.Checks.Select(c => new PortalCheckScore
        {
            CheckId = c.CheckId, Weight = c.Weight, Points = c.Points, Measured = c.Measured, NotMeasuredReason = Cut(c.NotMeasuredReason, 500),
        })],
        Findings = [.. result.Deductions.Select(d => new PortalFinding
        {
            CheckId = d.CheckId,
            Code = Cut(d.Code, 80)!,
            Points = d.Points,
            Message = Cut(d.Message, 1000)!,
            Arguments = [.. d.Arguments.Take(MaxArguments).Select(a => Cut(a, 500)!)],
            EvidenceUrl = Cut(d.Evidence.Url, 2000),
            EvidenceHeader = Cut(d.Evidence.Header, 2000),
            EvidenceElement = Cut(d.Evidence.Element, 2000),
            EvidenceMetric = Cut(d.Evidence.Metric, 2000),
        })],
    };

    private const int MaxArguments = 8;

    // Evidence comes from hostile pages: it is stored, but never more than its column holds.
    private static string? Cut(string? text, int length) => text is null || text.Length <= length ? text : text[..(length - 1)] + "…";
}
