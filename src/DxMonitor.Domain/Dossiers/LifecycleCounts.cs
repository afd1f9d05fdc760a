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

    /// <summary>Every count multiplied by <paramref name="factor"/> (negative to take dossiers out).</summary>
    public LifecycleCounts Times(int factor) => new(
        PortalSent * factor, Portal * factor, SyncedSent * factor, Synced * factor,
        InputSent * factor, Input * factor, ReuseSent * factor, Reused * factor);

    public static LifecycleCounts Of(Dossier dossier) => Of(dossier.Facts);

    public static LifecycleCounts Of(DossierFacts facts) => new(
        One(facts, DossierFacts.NationalPortalSent), One(facts, DossierFacts.NationalPortal),
        One(facts, DossierFacts.SyncedSent), One(facts, DossierFacts.Synced),
        One(facts, DossierFacts.DigitisedInputSent), One(facts, DossierFacts.DigitisedInput),
        One(facts, DossierFacts.ReusedDataSent), One(facts, DossierFacts.ReusedData));

    private static int One(DossierFacts facts, DossierFacts bit) => (facts & bit) != 0 ? 1 : 0;
}
