namespace DxMonitor.Domain.Alerts;

public enum AlertSeverity
{
    Info = 0,
    Warning = 1,
    Critical = 2,
}
