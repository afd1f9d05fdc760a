namespace DxMonitor.Domain.DxIndex;

/// <summary>Where a methodology version stands: only the adopted version of a year is used for that year's rankings.</summary>
public enum MethodologyStatus
{
    Draft = 0,
    Adopted = 1,

    /// <summary>Was adopted; another version of the same year was adopted after it.</summary>
    Superseded = 2,
}
