using DxMonitor.Domain.Alerts;

namespace DxMonitor.Web.Alerts;

/// <summary>What each alert rule is called in Vietnamese, for readers of e-mails and exports.</summary>
public static class AlertRuleNames
{
    public static string Vietnamese(AlertRule rule) => rule switch
    {
        AlertRule.ReportOverdue => "Chậm nộp báo cáo",
        AlertRule.BehindTrajectory => "Chậm so với lộ trình",
        AlertRule.DeadlineMissed => "Quá hạn mục tiêu",
        AlertRule.Outlier => "Số liệu bất thường",
        AlertRule.MissingForRanking => "Thiếu số liệu để xếp hạng",
        AlertRule.DossierDueSoon => "Hồ sơ sắp đến hạn",
        AlertRule.ProjectWarning => "Cảnh báo dự án chuyển đổi số",
        _ => rule.ToString(),
    };

    /// <summary>"Chậm nộp báo cáo (ReportOverdue)"; a name no rule has is returned as it is.</summary>
    public static string Vietnamese(string rule) =>
        Enum.TryParse<AlertRule>(rule, out var known) && Enum.IsDefined(known) ? $"{Vietnamese(known)} ({rule})" : rule;
}
