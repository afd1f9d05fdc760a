namespace DxMonitor.Domain.Resources;

/// <summary>Marker for the alert lifecycle's texts: AlertText.resx is Vietnamese, AlertText.en.resx English.</summary>
internal sealed class AlertText
{
    internal static readonly Texts Texts = new(typeof(AlertText));
}
