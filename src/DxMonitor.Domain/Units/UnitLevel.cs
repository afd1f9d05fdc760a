namespace DxMonitor.Domain.Units;

/// <summary>The tier of an organisation unit (cấp đơn vị).</summary>
public enum UnitLevel
{
    Nation = 0,
    Ministry = 1,
    Province = 2,
    District = 3,
    Commune = 4,
}
