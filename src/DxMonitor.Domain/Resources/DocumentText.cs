namespace DxMonitor.Domain.Resources;

/// <summary>Marker for the texts of a project document's checks: DocumentText.resx is Vietnamese, DocumentText.en.resx English.</summary>
internal sealed class DocumentText
{
    internal static readonly Texts Texts = new(typeof(DocumentText));
}
