using DxMonitor.Domain.Resources;

namespace DxMonitor.Web.Resources;

/// <summary>Marker for the catalogue's answers (indicators and targets managed in the product): CatalogueText.resx is Vietnamese, CatalogueText.en.resx English.</summary>
public sealed class CatalogueText
{
    internal static readonly Texts Texts = new(typeof(CatalogueText));
}
