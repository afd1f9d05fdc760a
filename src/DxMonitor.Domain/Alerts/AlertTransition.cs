namespace DxMonitor.Domain.Alerts;

/// <summary>A change of an alert that people may need to hear about.</summary>
public sealed record AlertTransition(Alert Alert, AlertState? From, AlertState To, bool Escalated);
