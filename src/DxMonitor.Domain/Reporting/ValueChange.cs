namespace DxMonitor.Domain.Reporting;

/// <summary>A unit's value against its value of the period before: the change shown to reviewers, and the jump that needs a comment.</summary>
public readonly record struct ValueChange(decimal Before, decimal After)
{
    /// <summary>The change in per cent of the earlier value; none when the earlier value is zero.</summary>
    public double? Percent => Before == 0 ? null : (double)((After - Before) / Math.Abs(Before)) * 100;

    /// <summary>
    /// Whether the value moved by more than <paramref name="factor"/> times either way (3: more than tripled, or under a
    /// third); a zero on either side is no jump, since a ratio says nothing there.
    /// </summary>
    public bool IsJump(double factor) =>
        Before != 0 && After != 0 && Math.Abs((double)(After / Before)) is var ratio && (ratio > factor || ratio < 1 / factor);
}
