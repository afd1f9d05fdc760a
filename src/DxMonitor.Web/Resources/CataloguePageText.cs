using DxMonitor.Domain.Resources;

namespace DxMonitor.Web.Resources;

/// <summary>Marker for the catalogue pages' texts: CataloguePageText.resx is Vietnamese, CataloguePageText.en.resx English.</summary>
public sealed class CataloguePageText
{
    internal static readonly Texts Texts = new(typeof(CataloguePageText));
}
