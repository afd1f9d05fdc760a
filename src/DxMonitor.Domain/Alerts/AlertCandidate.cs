namespace DxMonitor.Domain.Alerts;

/// <summary>
/// A condition found by one evaluation. <see cref="Fingerprint"/> identifies it across evaluations (rule, unit,
/// indicator, period), so the same condition updates one alert instead of opening another.
/// </summary>
public sealed record AlertCandidate(
    string Fingerprint, AlertRule Rule, AlertSeverity Severity, int UnitId, int? IndicatorId, string? PeriodCode,
    string SummaryVi, string SummaryEn, string Evidence);
