using System.ComponentModel.DataAnnotations;

namespace DxMonitor.Web.Reporting;

/// <summary>Data-entry rules (section "Reporting").</summary>
public sealed class ReportingOptions
{
    public const string Section = "Reporting";

    /// <summary>A value more than this many times last period's (or less than its inverse) needs a comment.</summary>
    [Range(1.01, 1000)]
    public double JumpFactor { get; set; } = 3;

    /// <summary>A unit is told its report is due this many days before its round's due date, while the report is not submitted.</summary>
    [Range(1, 60)]
    public int DueSoonDays { get; set; } = 3;

    /// <summary>Days an acceptance notice stays in the unit's inbox.</summary>
    [Range(1, 30)]
    public int AcceptedNoticeDays { get; set; } = 2;

    /// <summary>Minutes between the checks that turn returned, due and accepted reports into notices (<see cref="ReportNoticeWatcher"/>).</summary>
    [Range(1, 1440)]
    public int NoticeCheckMinutes { get; set; } = 1;
}
