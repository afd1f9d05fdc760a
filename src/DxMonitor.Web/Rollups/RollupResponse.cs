using DxMonitor.Domain.Engine;
using DxMonitor.Domain.Units;

namespace DxMonitor.Web.Rollups;

/// <summary>A unit's value in a roll-up: reported, rolled up from its children, or combined from its predecessors.</summary>
public sealed record RollupCell(string Unit, string NameVi, string NameEn, UnitLevel Level, double? Value, double? Denominator, CellSource Source);

/// <summary>
/// An indicator for one period across the units of a level valid on a date, with their parent's total and its
/// coverage: <paramref name="WithValue"/> of <paramref name="Expected"/> units have a value ("14/34 tỉnh báo cáo").
/// </summary>
public sealed record RollupResponse(string Indicator, string Period, DateOnly AsOf, RollupCell? Total, IReadOnlyList<RollupCell> Units, int WithValue, int Expected);
