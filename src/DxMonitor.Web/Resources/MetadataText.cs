using DxMonitor.Domain.Resources;

namespace DxMonitor.Web.Resources;

/// <summary>Marker for the metadata package's answers and page: MetadataText.resx is Vietnamese, MetadataText.en.resx English.</summary>
public sealed class MetadataText
{
    internal static readonly Texts Texts = new(typeof(MetadataText));
}
