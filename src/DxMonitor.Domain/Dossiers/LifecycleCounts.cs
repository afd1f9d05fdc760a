namespace DxMonitor.Domain.Dossiers;

/// <summary>
/// Among dossiers received, how many sent each yes/no lifecycle fact and how many said yes: the share of a fact is
/// taken over the dossiers that sent it, so a system that does not send it leaves the share missing, not zero.
/// </summary>
public readonly record struct LifecycleCounts(
    int PortalSent, int Portal, int SyncedSent, int Synced, int InputSent, int Input, int ReuseSent, int Reused)
{
    public decimal? NationalPortalShare => DossierCounts.Share(Portal, PortalSent);
    public decimal? SyncedShare => DossierCounts.Share(Synced, SyncedSent);
    public decimal? DigitisedInputShare => DossierCounts.Share(Input, InputSent);
    public decimal? ReusedDataShare => DossierCounts.Share(Reused, ReuseSent);

    public LifecycleCounts Plus(LifecycleCounts other) => new(
        PortalSent + other.PortalSent, Portal + other.Portal, SyncedSent + other.SyncedSent, Synced + other.Synced,
        InputSent + other.InputSent, Input + other.Input, ReuseSent + other.ReuseSent, Reused + other.Reused);

    public static LifecycleCounts Of(Dossier dossier) => new(
        One(dossier.NationalPortal is not null), One(dossier.NationalPortal == true),
        One(dossier.Synced is not null), One(dossier.Synced == true),
        One(dossier.DigitisedInput is not null), One(dossier.DigitisedInput == true),
        One(dossier.ReusedData is not null), One(dossier.ReusedData == true));

    private static int One(bool yes) => yes ? 1 : 0;
}
