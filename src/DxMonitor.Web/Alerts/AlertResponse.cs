using DxMonitor.Domain.Alerts;

namespace DxMonitor.Web.Alerts;

/// <summary>An alert in an inbox: what, where, how bad, its state, the evidence behind it, and who answers for it or silenced it.</summary>
public sealed record AlertResponse(
    long Id, AlertRule Rule, AlertSeverity Severity, AlertState State, string Unit, string UnitNameVi, string? Indicator, string? Period,
    string SummaryVi, string SummaryEn, string Evidence, DateTime OpenedAt, DateTime LastSeenAt, DateTime? FiringSince,
    DateTime? AcknowledgedAt, string? AcknowledgedBy, string? AcknowledgeNote, DateTime? ResolvedAt, int EscalationLevel,
    DateTime? SilencedUntil, string? SilencedBy, string? SilenceReason);
