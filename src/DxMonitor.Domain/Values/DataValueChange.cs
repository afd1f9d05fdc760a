namespace DxMonitor.Domain.Values;

/// <summary>
/// One audited change to a data value, identified by its natural key (indicator, unit, period) so that the
/// trail outlives a deleted value: who, when, from where, old and new.
/// </summary>
public sealed class DataValueChange
{
    public long Id { get; private set; }
    public required int IndicatorId { get; init; }
    public required int UnitId { get; init; }
    public required string PeriodCode { get; init; }
    public required ChangeKind Kind { get; init; }
    public decimal? OldValue { get; init; }
    public decimal? NewValue { get; init; }
    public decimal? OldDenominator { get; init; }
    public decimal? NewDenominator { get; init; }
    public string? Comment { get; init; }

    /// <summary>The path the change came by (see <see cref="DataValue.Via"/>).</summary>
    public string? Via { get; init; }
    public required string ChangedBy { get; init; }
    public required DateTime ChangedAt { get; init; }
    public string? ClientAddress { get; init; }
}
