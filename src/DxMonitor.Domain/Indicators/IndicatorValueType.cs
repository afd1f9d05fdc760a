namespace DxMonitor.Domain.Indicators;

/// <summary>What kind of number a unit reports for an indicator.</summary>
public enum IndicatorValueType
{
    Number = 0,
    Percentage = 1,
    YesNo = 2,

    /// <summary>A number of units, e.g. "provinces with a DX resolution": 48 of 63.</summary>
    UnitCount = 3,
}
