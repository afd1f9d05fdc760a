using DxMonitor.Domain.Resources;

namespace DxMonitor.Web.Resources;

/// <summary>Marker for the service index pages' and API's texts: ServiceIndexApiText.resx is Vietnamese, ServiceIndexApiText.en.resx English.</summary>
public sealed class ServiceIndexApiText
{
    internal static readonly Texts Texts = new(typeof(ServiceIndexApiText));
}
