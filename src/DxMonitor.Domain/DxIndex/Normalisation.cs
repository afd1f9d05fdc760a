namespace DxMonitor.Domain.DxIndex;

/// <summary>How a raw indicator value becomes a 0..1 sub-score (JRC/OECD handbook).</summary>
public enum Normalisation
{
    /// <summary>(x - worst peer) / (best peer - worst peer); all peers equal gives 1.</summary>
    MinMax = 0,

    /// <summary>x / target (or target / x when lower is better), capped at 1.</summary>
    DistanceToTarget = 1,
}
