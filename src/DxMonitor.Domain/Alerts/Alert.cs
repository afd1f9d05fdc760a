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

    /// <summary>What the person who acknowledged the alert said they are doing about it.</summary>
    public string? AcknowledgeNote { get; set; }

    /// <summary>Until when the alert is silenced: no notification and no escalation before then.</summary>
    public DateTime? SilencedUntil { get; set; }
    public string? SilencedBy { get; set; }
    public string? SilenceReason { get; set; }
    public DateTime? ResolvedAt { get; set; }

    /// <summary>Consecutive evaluations in which the condition was not found.</summary>
    public int ClearCount { get; set; }

    /// <summary>0 at the unit itself; each escalation routes the alert one level further up.</summary>
    public int EscalationLevel { get; set; }
    public DateTime? EscalatedAt { get; set; }

    /// <summary>The longest an alert may be silenced at once: a condition that lasts longer needs a decision, not silence.</summary>
    public static readonly TimeSpan LongestSilence = TimeSpan.FromDays(90);

    public const int LongestNote = 500;

    public bool IsOpen => State != AlertState.Resolved;

    public bool IsSilencedAt(DateTime now) => SilencedUntil is { } until && until > now;

    public void Acknowledge(string by, DateTime at, string? note = null)
    {
        if (State is AlertState.Resolved)
        {
            throw new RuleViolationException(AlertText.Texts.Format("ResolvedNotAcknowledged"), "state");
        }
        State = AlertState.Acknowledged;
        AcknowledgedBy = by;
        AcknowledgedAt = at;
        AcknowledgeNote = Note(note, "note", required: false);
    }

    /// <summary>Silences the alert until <paramref name="until"/> for a stated reason: it stays listed, unannounced and unescalated.</summary>
    public void Silence(string by, DateTime at, DateTime until, string? reason)
    {
        if (State is AlertState.Resolved)
        {
            throw new RuleViolationException(AlertText.Texts.Format("ResolvedNotSilenced"), "state");
        }
        if (until <= at || until - at > LongestSilence)
        {
            throw new RuleViolationException(AlertText.Texts.Format("SilenceLength", LongestSilence.Days), "until");
        }
        SilenceReason = Note(reason, "reason", required: true);
        SilencedUntil = until;
        SilencedBy = by;
    }

    /// <summary>Ends a silence before its time.</summary>
    public void Unsilence()
    {
        SilencedUntil = null;
        SilencedBy = null;
        SilenceReason = null;
    }

    private static string? Note(string? text, string field, bool required)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return required ? throw new RuleViolationException(AlertText.Texts.Format("SilenceReasonRequired"), field) : null;
        }
        return trimmed.Length <= LongestNote ? trimmed : throw new RuleViolationException(AlertText.Texts.Format("NoteTooLong", LongestNote), field);
    }
}
