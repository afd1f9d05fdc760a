namespace DxMonitor.Domain.Resources;

/// <summary>Marker for the texts of a portal address's checks: PortalText.resx is Vietnamese, PortalText.en.resx English.</summary>
internal sealed class PortalText
{
    internal static readonly Texts Texts = new(typeof(PortalText));
}
