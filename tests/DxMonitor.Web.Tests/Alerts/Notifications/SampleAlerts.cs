using DxMonitor.Web.Alerts.Notifications;

namespace DxMonitor.Web.Tests.Alerts.Notifications;

/// <summary>Notifications with sensible defaults; each test changes what it is about with a with-expression.</summary>
public static class SampleAlerts
{
    public const string Subject = "[DxMonitor] Cảnh báo: Tỉnh Hà Giang chậm so với lộ trình – PRV.FIBRE_HOUSEHOLDS_RATE";

    public static AlertNotification BehindTrajectory() => new()
    {
        Fingerprint = "BehindTrajectory/P02/PRV.FIBRE_HOUSEHOLDS_RATE/2025Q2",
        Rule = "BehindTrajectory",
        Severity = AlertSeverity.Warning,
        State = AlertState.Firing,
        UnitCode = "P02",
        UnitNameVi = "Tỉnh Hà Giang",
        IndicatorCode = "PRV.FIBRE_HOUSEHOLDS_RATE",
        IndicatorNameVi = "Tỷ lệ hộ gia đình có kết nối cáp quang",
        Period = "2025Q2",
        SummaryVi = "Tỉnh Hà Giang chậm so với lộ trình",
        Evidence = "Giá trị 2025Q2: 61,5 %; lộ trình: 72,0 %; mục tiêu 2025: 80 % (Quyết định 411/QĐ-TTg).",
        OccurredAt = new DateTimeOffset(2025, 7, 15, 2, 30, 0, TimeSpan.Zero),
        Link = new Uri("https://dxmonitor.test/alerts/BehindTrajectory-P02-2025Q2"),
    };
}
