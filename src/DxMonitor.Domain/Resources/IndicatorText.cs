namespace DxMonitor.Domain.Resources;

/// <summary>Marker for the texts of an indicator's checks on a reported value: IndicatorText.resx is Vietnamese, IndicatorText.en.resx English.</summary>
internal sealed class IndicatorText
{
    internal static readonly Texts Texts = new(typeof(IndicatorText));
}
