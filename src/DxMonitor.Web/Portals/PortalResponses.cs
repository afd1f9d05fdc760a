using DxMonitor.Domain.Portals;
using Microsoft.Extensions.Localization;

namespace DxMonitor.Web.Portals;

/// <summary>A registered portal and its latest evaluation, if any.</summary>
public sealed record PortalResponse(int Id, string Unit, string UnitName, string Url, string Kind, bool Active, DateTime RegisteredAt, EvaluationSummary? Latest);

/// <summary>An evaluation in a portal's history, with the grading definition it used ("mic-473/2024"; null before it was kept).</summary>
public sealed record EvaluationSummary(int Id, DateTime StartedAt, int DurationMs, double Score, string Grade, string Trigger, string? Definition)
{
    public static EvaluationSummary Of(PortalEvaluation e) => new(e.Id, e.StartedAt, e.DurationMs, e.Score, e.Grade, e.Trigger, e.Definition);
}

/// <summary>A portal's evaluations, newest first, and the change of score since the one before the latest.</summary>
public sealed record PortalHistoryResponse(int Portal, string Url, IReadOnlyList<EvaluationSummary> Evaluations, double? Change);

/// <summary>One check's points out of its weight; an unmeasured check says why.</summary>
public sealed record CheckResponse(string Check, double Weight, double Points, bool Measured, string? NotMeasuredReason);

/// <summary>
/// A deduction (points lost) or an observation (0 points), with its evidence. <c>Code</c> is stable; <c>Message</c> is
/// in the request's language (Vietnamese unless Accept-Language, ?culture= or the culture cookie asks for English),
/// rendered from the code and <c>Arguments</c>; the evaluator's words in <c>Arguments</c>, <c>Element</c> and
/// <c>Metric</c> (reasons, notes) are in that language too, the technical parts (URLs, HTML, numbers) as measured.
/// </summary>
public sealed record FindingResponse(string Check, string Code, double Points, string Message, IReadOnlyList<string> Arguments,
    string? Url, string? Header, string? Element, string? Metric)
{
    public static FindingResponse Of(PortalFinding f, IStringLocalizer text) => new(f.CheckId, f.Code, f.Points, FindingText.Render(text, f),
        [.. f.Arguments.Select(a => PhraseText.Render(text, a))],
        f.EvidenceUrl, f.EvidenceHeader, PhraseText.Render(text, f.EvidenceElement), PhraseText.Render(text, f.EvidenceMetric));
}

/// <summary>The indicator value the evaluation wrote (through the audited write path), or why it wrote none.</summary>
public sealed record IndicatorWriteResponse(string? Indicator, string? Period, decimal? Value, string? NotWritten);

/// <summary>
/// A full evaluation: score, grade, the grading definition it used ("code/year", e.g. "mic-473/2024"; null for evaluations
/// stored before it was kept), each check, every deduction with evidence, the services found.
/// </summary>
public sealed record EvaluationResponse(
    int Id,
    int Portal,
    string Url,
    DateTime StartedAt,
    int DurationMs,
    double Score,
    string Grade,
    string? Definition,
    string Trigger,
    string RequestedBy,
    IReadOnlyList<CheckResponse> Checks,
    IReadOnlyList<FindingResponse> Deductions,
    IReadOnlyList<FindingResponse> Observations,
    IndicatorWriteResponse? Indicator)
{
    public static EvaluationResponse Of(PortalEvaluation e, string url, IndicatorWriteResponse? indicator, IStringLocalizer text) => new(
        e.Id, e.PortalId, url, e.StartedAt, e.DurationMs, e.Score, e.Grade, e.Definition, e.Trigger, e.RequestedBy,
        [.. e.Checks.Select(c => new CheckResponse(c.CheckId, c.Weight, c.Points, c.Measured, PhraseText.Render(text, c.NotMeasuredReason)))],
        [.. e.Findings.Where(f => f.Points > 0).OrderByDescending(f => f.Points).Select(f => FindingResponse.Of(f, text))],
        [.. e.Findings.Where(f => f.Points <= 0).Select(f => FindingResponse.Of(f, text))],
        indicator);
}
