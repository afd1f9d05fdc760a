using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.ServiceIndex;

/// <summary>
/// A component (chỉ số thành phần) of a group: what it measures, the points it is worth, the rate at which it earns
/// them all (<paramref name="FullAt"/>, in percent: points = weight × min(1, rate ÷ full-at)), and the unit levels it
/// applies to (null: every level).
/// </summary>
public sealed record ServiceComponentDefinition(
    string Code, string NameVi, string NameEn, ServiceMeasure Measure, decimal Weight, decimal FullAt = 100,
    IReadOnlyList<UnitLevel>? Levels = null)
{
    public bool AppliesTo(UnitLevel level) => Levels is null || Levels.Contains(level);
}
