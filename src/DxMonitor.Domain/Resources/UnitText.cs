namespace DxMonitor.Domain.Resources;

/// <summary>Marker for the names of unit levels and the public-code rule's text: UnitText.resx is Vietnamese, UnitText.en.resx English.</summary>
internal sealed class UnitText
{
    internal static readonly Texts Texts = new(typeof(UnitText));
}
