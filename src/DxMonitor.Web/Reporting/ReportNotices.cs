using System.Globalization;
using DxMonitor.Data;
using DxMonitor.Domain.Alerts;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Reporting;
using DxMonitor.Web.Resources;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Reporting;

/// <summary>
/// The reporting workflow's notices to a unit, as alert candidates of their own rules: a report returned (until it is
/// submitted again), a report not submitted whose round falls due within days (until it is submitted or past due,
/// when the engine's overdue alert takes over), and a report accepted, with the reviewer's note (for a few days).
/// </summary>
public static class ReportNotices
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    private sealed record Row(int ReportId, int UnitId, ReportState State, string? Comment, string? ReviewedBy, DateTime? ReviewedAt,
        string Round, string Title, string Period, DateOnly DueOn);

    public static async Task<IReadOnlyDictionary<AlertRule, List<AlertCandidate>>> CandidatesAsync(
        DxDbContext db, DateTime nowUtc, ReportingOptions options, CancellationToken ct)
    {
        var today = VietnamCalendar.DateOf(nowUtc);
        var dueBy = today.AddDays(options.DueSoonDays);
        var acceptedSince = nowUtc.AddDays(-options.AcceptedNoticeDays);
        var rows = await (from report in db.Reports.AsNoTracking()
                          join round in db.Rounds.AsNoTracking() on report.RoundId equals round.Id
                          where report.State == ReportState.Returned
                              || ((report.State == ReportState.Draft) && round.DueOn >= today && round.DueOn <= dueBy)
                              || ((report.State == ReportState.Accepted || report.State == ReportState.Published) && report.ReviewedAt >= acceptedSince)
                          select new Row(report.Id, report.UnitId, report.State, report.ReviewComment, report.ReviewedBy, report.ReviewedAt,
                              round.Code, round.TitleVi, round.PeriodCode, round.DueOn)).ToListAsync(ct);
        return new Dictionary<AlertRule, List<AlertCandidate>>
        {
            [AlertRule.ReportReturned] = [.. rows.Where(r => r.State == ReportState.Returned).Select(r => Candidate(AlertRule.ReportReturned, r, today, "ReturnedNotice"))],
            [AlertRule.ReportDueSoon] = [.. rows.Where(r => r.State == ReportState.Draft).Select(r => Candidate(AlertRule.ReportDueSoon, r, today, "DueSoonNotice"))],
            [AlertRule.ReportAccepted] = [.. rows.Where(r => r.State is ReportState.Accepted or ReportState.Published).Select(r => Candidate(AlertRule.ReportAccepted, r, today, string.IsNullOrWhiteSpace(r.Comment) ? "AcceptedNoticeBare" : "AcceptedNotice"))],
        };
    }

    private static AlertCandidate Candidate(AlertRule rule, Row r, DateOnly today, string key)
    {
        object?[] arguments = [r.Title, r.Period, r.Comment ?? "", r.DueOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), r.DueOn.DayNumber - today.DayNumber];
        var severity = rule == AlertRule.ReportAccepted ? AlertSeverity.Info : AlertSeverity.Warning;
        var reviewed = r.ReviewedAt is { } at ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(at, DateTimeKind.Utc), VietnamCalendar.Zone).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture) : "";
        var evidence = ReportNoticeText.Texts.FormatIn(Vi, "Evidence", r.Round, r.ReviewedBy ?? "", reviewed, arguments[3]);
        return new AlertCandidate($"{Fingerprints[rule]}:{r.ReportId}", rule, severity, r.UnitId, null, r.Period,
            ReportNoticeText.Texts.FormatIn(Vi, key, arguments), ReportNoticeText.Texts.FormatIn(En, key, arguments), evidence);
    }

    private static readonly Dictionary<AlertRule, string> Fingerprints = new()
    {
        [AlertRule.ReportReturned] = "report-returned",
        [AlertRule.ReportDueSoon] = "report-due-soon",
        [AlertRule.ReportAccepted] = "report-accepted",
    };
}
