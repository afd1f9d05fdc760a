using DxMonitor.Domain.Alerts;
using DxMonitor.Domain.Reporting;

namespace DxMonitor.Domain.Tests.Reporting;

public sealed class OverdueReportsTests
{
    private static readonly DateOnly Due = new(2025, 10, 15);

    private static DueReport Report(ReportState state, int revision = 1) =>
        new(7, "P22", "Tỉnh Quảng Ninh", "Quang Ninh Province", "R-2025Q3", "2025Q3", Due, state, revision);

    [Theory]
    [InlineData(ReportState.Draft, 1, "2025-10-16", true)]
    [InlineData(ReportState.Draft, 1, "2025-10-15", false)] // the due day itself is still on time
    [InlineData(ReportState.Returned, 1, "2025-10-20", true)]
    [InlineData(ReportState.Submitted, 1, "2025-12-31", false)]
    [InlineData(ReportState.Accepted, 1, "2025-12-31", false)]
    [InlineData(ReportState.Draft, 2, "2025-12-31", false)] // a correction reopened after acceptance: the unit did report
    public void A_report_is_overdue_only_when_its_due_date_has_passed_unsubmitted(ReportState state, int revision, string today, bool overdue) =>
        Assert.Equal(overdue, OverdueReports.IsOverdue(Report(state, revision), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void An_overdue_report_names_its_round_and_days_late_and_becomes_critical_after_thirty_days()
    {
        var warning = OverdueReports.Candidates([Report(ReportState.Draft)], Due.AddDays(3)).Single();
        var critical = OverdueReports.Candidates([Report(ReportState.Returned)], Due.AddDays(31)).Single();

        Assert.Equal(("overdue:P22:R-2025Q3", AlertRule.ReportOverdue, AlertSeverity.Warning, 7), (warning.Fingerprint, warning.Rule, warning.Severity, warning.UnitId));
        Assert.Equal("Tỉnh Quảng Ninh chưa nộp báo cáo đợt R-2025Q3 kỳ 2025Q3 (hạn 15/10/2025, quá 3 ngày)", warning.SummaryVi);
        Assert.Equal(AlertSeverity.Critical, critical.Severity);
        Assert.Contains("nộp lại", critical.SummaryVi, StringComparison.Ordinal);
    }
}
