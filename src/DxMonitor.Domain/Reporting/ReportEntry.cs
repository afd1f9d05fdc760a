namespace DxMonitor.Domain.Reporting;

/// <summary>A value in a unit's report form, kept apart from the published values until the report is accepted.</summary>
public sealed class ReportEntry
{
    public long Id { get; private set; }
    public required int ReportId { get; init; }
    public required int IndicatorId { get; init; }
    public decimal? Value { get; set; }
    public decimal? Denominator { get; set; }
    public string? Comment { get; set; }
}
