using DxMonitor.Domain.Resources;

namespace DxMonitor.Web.Resources;

/// <summary>Marker for the methodologies' texts (API problems and the page): MethodologyText.resx is Vietnamese, MethodologyText.en.resx English.</summary>
public sealed class MethodologyText
{
    internal static readonly Texts Texts = new(typeof(MethodologyText));
}
