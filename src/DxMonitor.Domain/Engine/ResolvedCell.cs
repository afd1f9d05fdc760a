namespace DxMonitor.Domain.Engine;

/// <summary>Where a value the engine answers with comes from.</summary>
public enum CellSource
{
    None = 0,

    /// <summary>Reported by the unit itself.</summary>
    Reported = 1,

    /// <summary>Rolled up from the unit's children.</summary>
    RolledUp = 2,

    /// <summary>Combined from the units it succeeded, for a period before it existed.</summary>
    Predecessors = 3,
}

/// <summary>A value for a unit and period, with its denominator for counts of units, and its source.</summary>
public readonly record struct ResolvedCell(double Value, double Denominator, CellSource Source)
{
    public static readonly ResolvedCell Empty = new(double.NaN, double.NaN, CellSource.None);

    public bool HasValue => !double.IsNaN(Value);
}
