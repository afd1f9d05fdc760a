using System.Resources;
using DxMonitor.Domain.Resources;

[assembly: NeutralResourcesLanguage("vi")]

namespace DxMonitor.Data.Resources;

/// <summary>Marker for the dossier ingest's texts: IngestText.resx is Vietnamese, IngestText.en.resx English.</summary>
internal sealed class IngestText
{
    public static readonly Texts Texts = new(typeof(IngestText));
}
