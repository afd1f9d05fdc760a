using DxMonitor.Domain.Access;

namespace DxMonitor.Data.Monitoring;

/// <summary>
/// One row of the change log that keeps several instances' monitoring engines in step on PostgreSQL (ADR 021): the
/// figures of these cells of a unit changed in a view. It names the cells, not their figures: every instance reads
/// the figures the database holds when it follows the row, so rows may be followed late or twice without harm.
/// </summary>
public sealed class EngineChange
{
    public long Id { get; set; }

    public int UnitId { get; set; }

    public DataView View { get; set; }

    /// <summary>What changed: figures of cells (the default), or the indexes' adopted methodologies (no unit, no cells).</summary>
    public EngineChangeKind Kind { get; set; }

    /// <summary>The cells as JSON: <c>[{"IndicatorId":12,"PeriodCode":"2025Q1"}, …]</c> (<see cref="ChangedCell"/>).</summary>
    public required string Cells { get; set; }

    /// <summary>When the row was written (UTC); rows older than the retention are deleted.</summary>
    public DateTime At { get; set; }
}

/// <summary>An indicator's figure for one period, of the row's unit.</summary>
public sealed record ChangedCell(int IndicatorId, string PeriodCode);
