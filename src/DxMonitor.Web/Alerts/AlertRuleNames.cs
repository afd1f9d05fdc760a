using System.Globalization;
using DxMonitor.Domain.Alerts;
using DxMonitor.Web.Resources;

namespace DxMonitor.Web.Alerts;

/// <summary>What each alert rule is called in Vietnamese, for readers of e-mails and exports: the alert pages' own names (AlertPageText Rule_…).</summary>
public static class AlertRuleNames
{
    private static readonly CultureInfo InVietnamese = CultureInfo.GetCultureInfo("vi");

    public static string Vietnamese(AlertRule rule) =>
        Enum.IsDefined(rule) ? AlertPageText.Texts.FormatIn(InVietnamese, $"Rule_{rule}") : rule.ToString();

    /// <summary>"Chậm nộp báo cáo (ReportOverdue)"; a name no rule has is returned as it is.</summary>
    public static string Vietnamese(string rule) =>
        Enum.TryParse<AlertRule>(rule, out var known) && Enum.IsDefined(known) ? $"{Vietnamese(known)} ({rule})" : rule;
}
