using DxMonitor.Domain.Resources;

namespace DxMonitor.Domain.Alerts;

/// <summary>An alert instance and its lifecycle; one per fingerprint while open.</summary>
public sealed class Alert
{
    public long Id { get; private set; }
    public required string Fingerprint { get; init; }
    public required AlertRule Rule { get; init; }
    public AlertSeverity Severity { get; set; }
    public required int UnitId { get; init; }
    public int? IndicatorId { get; init; }
    public string? PeriodCode { get; init; }
    public required string SummaryVi { get; set; }
    public required string SummaryEn { get; set; }
    public required string Evidence { get; set; }
    public AlertState State { get; set; }
    public DateTime OpenedAt { get; init; }
    public DateTime LastSeenAt { get; set; }
    public DateTime? FiringSince { get; set; }
    public DateTime? AcknowledgedAt { get; set; }
    public string? AcknowledgedBy { get; set; }
    public DateTime? ResolvedAt { get; set; }

    /// <summary>Consecutive evaluations in which the condition was not found.</summary>
    public int ClearCount { get; set; }

    /// <summary>0 at the unit itself; each escalation routes the alert one level further up.</summary>
    public int EscalationLevel { get; set; }
    public DateTime? EscalatedAt { get; set; }

    public bool IsOpen => State != AlertState.Resolved;

    public void Acknowledge(string by, DateTime at)
    {
        if (State is AlertState.Resolved)
        {
            throw new RuleViolationException(AlertText.Texts.Format("ResolvedNotAcknowledged"), "state");
        }
        State = AlertState.Acknowledged;
        AcknowledgedBy = by;
        AcknowledgedAt = at;
    }
}
