namespace DxMonitor.Domain.Units;

/// <summary>A set of unit levels, e.g. the levels that report an indicator.</summary>
[Flags]
public enum UnitLevels
{
    None = 0,
    Nation = 1 << UnitLevel.Nation,
    Ministry = 1 << UnitLevel.Ministry,
    Province = 1 << UnitLevel.Province,
    District = 1 << UnitLevel.District,
    Commune = 1 << UnitLevel.Commune,
}
