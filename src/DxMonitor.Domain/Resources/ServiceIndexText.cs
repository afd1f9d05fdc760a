namespace DxMonitor.Domain.Resources;

/// <summary>Marker for the service index's rule texts: ServiceIndexText.resx is Vietnamese, ServiceIndexText.en.resx English.</summary>
internal sealed class ServiceIndexText
{
    internal static readonly Texts Texts = new(typeof(ServiceIndexText));
}
