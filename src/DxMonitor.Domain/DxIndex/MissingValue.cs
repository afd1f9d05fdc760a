namespace DxMonitor.Domain.DxIndex;

/// <summary>How a sub-indicator without a value (not reported, or awaiting data) counts in a unit's score.</summary>
public enum MissingValue
{
    /// <summary>It scores 0 and is flagged, so a unit never gains by not reporting (the official DTI's rule).</summary>
    Zero = 0,

    /// <summary>
    /// It is left out and its weight shared among the main indicator's other sub-indicators that have a value; a main
    /// indicator with none scores 0. For indexes whose published structure is only partly measured.
    /// </summary>
    Reweight = 1,
}
