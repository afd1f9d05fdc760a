namespace DxMonitor.Domain.Periods;

/// <summary>The length of a reporting period. Values order the types from longest to shortest.</summary>
public enum PeriodType
{
    Year = 1,
    Half = 2,
    Quarter = 3,
    Month = 4,
}
