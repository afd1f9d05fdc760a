using DxMonitor.Domain.Resources;

namespace DxMonitor.Web.Resources;

/// <summary>Marker for one alert's page texts: AlertPageText.resx is Vietnamese, AlertPageText.en.resx English.</summary>
public sealed class AlertPageText
{
    internal static readonly Texts Texts = new(typeof(AlertPageText));
}
