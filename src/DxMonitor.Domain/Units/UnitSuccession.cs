namespace DxMonitor.Domain.Units;

/// <summary>
/// A predecessor unit whose territory (or a <see cref="Share"/> of it) passed to a successor on a date:
/// the 2025 province mergers, the 2025 ministry mergers.
/// </summary>
public sealed class UnitSuccession
{
    public int Id { get; private set; }
    public required int PredecessorId { get; init; }
    public required int SuccessorId { get; init; }
    public required DateOnly EffectiveOn { get; init; }

    /// <summary>Fraction of the predecessor that went to the successor: 1 for a whole merger, less for a split.</summary>
    public required decimal Share { get; init; }
}
