namespace DxMonitor.Domain.Alerts;

/// <summary>What an alert (cảnh báo) warns about.</summary>
public enum AlertRule
{
    ReportOverdue = 0,
    BehindTrajectory = 1,
    DeadlineMissed = 2,
    Outlier = 3,
    MissingForRanking = 4,
}
