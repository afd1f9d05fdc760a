namespace DxMonitor.Data.Dossiers;

/// <summary>
/// Another ingest, not yet committed, is writing some of the same dossiers; nothing of this one was stored
/// and it can be sent again once the other has finished.
/// </summary>
public sealed class DossierConflictException(Exception inner)
    : Exception("Another upload is writing some of the same dossiers at this moment; nothing was stored. Send the input again.", inner);
