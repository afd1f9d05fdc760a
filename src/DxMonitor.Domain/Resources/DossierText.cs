namespace DxMonitor.Domain.Resources;

/// <summary>Marker for the dossier rules' texts: DossierText.resx is Vietnamese, DossierText.en.resx English.</summary>
internal sealed class DossierText
{
    internal static readonly Texts Texts = new(typeof(DossierText));
}
