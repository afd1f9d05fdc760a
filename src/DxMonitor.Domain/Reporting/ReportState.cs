namespace DxMonitor.Domain.Reporting;

/// <summary>Where a unit's report in a round stands (trạng thái báo cáo).</summary>
public enum ReportState
{
    Draft = 0,
    Submitted = 1,
    Returned = 2,
    Accepted = 3,
    Published = 4,
}
