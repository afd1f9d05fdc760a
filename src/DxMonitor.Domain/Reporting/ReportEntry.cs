using DxMonitor.Domain.Access;

namespace DxMonitor.Domain.Reporting;

/// <summary>
/// A value in a unit's report form, kept apart from the stored values until the report is accepted. Every change is
/// audited (the officer's draft is reported data too).
/// </summary>
public sealed class ReportEntry : IAuditedRecord
{
    public long Id { get; private set; }
    public required int ReportId { get; init; }
    public required int IndicatorId { get; init; }
    public decimal? Value { get; set; }
    public decimal? Denominator { get; set; }
    public string? Comment { get; set; }

    public string AuditSubject => $"report/{ReportId}/entry/{IndicatorId}";
}
