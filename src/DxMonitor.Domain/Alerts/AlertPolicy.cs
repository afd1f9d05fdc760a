namespace DxMonitor.Domain.Alerts;

/// <summary>
/// Timing of the alert lifecycle: how long a condition must hold before it fires, how many clean evaluations
/// resolve it (so one noisy evaluation neither opens nor closes anything), and when an unacknowledged alert
/// escalates to the level above.
/// </summary>
public sealed record AlertPolicy(TimeSpan PendingFor, int ClearAfterEvaluations, TimeSpan EscalateAfter, int MaxEscalations)
{
    public static readonly AlertPolicy Default = new(TimeSpan.Zero, 2, TimeSpan.FromDays(3), 2);
}
