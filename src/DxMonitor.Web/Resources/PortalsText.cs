using DxMonitor.Domain.Resources;

namespace DxMonitor.Web.Resources;

/// <summary>Marker for the portal-evaluation pages' strings: PortalsText.resx is Vietnamese, PortalsText.en.resx English.</summary>
public sealed class PortalsText
{
    internal static readonly Texts Texts = new(typeof(PortalsText));
}
