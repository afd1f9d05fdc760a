using DxMonitor.Data.Resources;

namespace DxMonitor.Data.Dossiers;

/// <summary>
/// Another ingest, not yet committed, is writing some of the same dossiers; nothing of this one was stored
/// and it can be sent again once the other has finished.
/// </summary>
public sealed class DossierConflictException(Exception inner)
    : Exception(IngestText.Texts.Format("UploadConflict"), inner);
