using DxMonitor.Domain.Alerts;

namespace DxMonitor.Domain.Reporting;

/// <summary>A unit's report in a round, with what the overdue rule needs to know.</summary>
public sealed record DueReport(
    int UnitId, string UnitCode, string UnitNameVi, string UnitNameEn, string RoundCode, string PeriodCode, DateOnly DueOn,
    ReportState State, int Revision);

/// <summary>
/// Overdue reports, as the rounds define them: a unit is overdue when its round's due date has passed and its
/// report has not been submitted (a first draft) or was returned and not yet resubmitted. A correction
/// reopened after acceptance is not overdue: the unit did report.
/// </summary>
public static class OverdueReports
{
    /// <summary>Days past due after which an overdue report is critical.</summary>
    public const int CriticalAfterDays = 30;

    public static bool IsOverdue(DueReport report, DateOnly today) =>
        report.DueOn < today && (report.State == ReportState.Draft && report.Revision == 1 || report.State == ReportState.Returned);

    public static IEnumerable<AlertCandidate> Candidates(IEnumerable<DueReport> reports, DateOnly today)
    {
        foreach (var report in reports.Where(r => IsOverdue(r, today)))
        {
            var days = today.DayNumber - report.DueOn.DayNumber;
            var due = report.DueOn.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
            var returned = report.State == ReportState.Returned;
            yield return new AlertCandidate($"overdue:{report.UnitCode}:{report.RoundCode}", AlertRule.ReportOverdue,
                days > CriticalAfterDays ? AlertSeverity.Critical : AlertSeverity.Warning, report.UnitId, null, report.PeriodCode,
                returned
                    ? $"{report.UnitNameVi} chưa nộp lại báo cáo đợt {report.RoundCode} bị trả lại (hạn {due}, quá {days} ngày)"
                    : $"{report.UnitNameVi} chưa nộp báo cáo đợt {report.RoundCode} kỳ {report.PeriodCode} (hạn {due}, quá {days} ngày)",
                returned
                    ? $"{report.UnitNameEn} has not resubmitted its returned report of round {report.RoundCode} (due {due}, {days} days late)"
                    : $"{report.UnitNameEn} has not submitted its report of round {report.RoundCode} for {report.PeriodCode} (due {due}, {days} days late)",
                $"Đợt {report.RoundCode}, báo cáo {report.State.InVietnamese()}, hạn {due}");
        }
    }
}
