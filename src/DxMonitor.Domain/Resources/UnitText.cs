namespace DxMonitor.Domain.Resources;

/// <summary>Marker for the names of unit levels: UnitText.resx is Vietnamese, UnitText.en.resx English.</summary>
internal sealed class UnitText;
