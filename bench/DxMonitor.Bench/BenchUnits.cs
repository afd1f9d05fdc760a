using DxMonitor.Domain.Units;

namespace DxMonitor.Bench;

/// <summary>Units by unit index: the nation, the current provinces, the ministries and the generated communes.</summary>
public sealed class BenchUnits(string[] codes, UnitLevel[] levels, int[] parents)
{
    public int Count => codes.Length;

    /// <summary>Public codes as stored in <c>units.Code</c> (VN, P01, M-MOF, C-P01-0001, …).</summary>
    public IReadOnlyList<string> Codes => codes;

    public ReadOnlySpan<UnitLevel> Levels => levels;

    /// <summary>The parent's unit index, or -1 for the nation.</summary>
    public ReadOnlySpan<int> Parents => parents;
}
