namespace DxMonitor.Domain.Dossiers;

/// <summary>How a dossier (hồ sơ) reached the unit: at the one-stop desk, by post, or online.</summary>
public enum DossierChannel
{
    InPerson = 0,
    Post = 1,
    Online = 2,
}
