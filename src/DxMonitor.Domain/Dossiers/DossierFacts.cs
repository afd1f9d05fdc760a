namespace DxMonitor.Domain.Dossiers;

/// <summary>
/// A dossier's yes/no facts in one stored number, each as two bits (sent, and yes), so that a fact the system did not
/// send stays unknown rather than no: a share computed over the dossiers that sent it, shown as missing when none did.
/// </summary>
[Flags]
public enum DossierFacts
{
    None = 0,
    NationalPortalSent = 1,
    NationalPortal = 2,
    SyncedSent = 4,
    Synced = 8,
    DigitisedInputSent = 16,
    DigitisedInput = 32,
    ReusedDataSent = 64,
    ReusedData = 128,
    DueFromStatute = 256,
}

public static class DossierFactBits
{
    public static DossierFacts Of(DossierLifecycle life, bool dueFromStatute) =>
        Bits(life.NationalPortal, DossierFacts.NationalPortalSent, DossierFacts.NationalPortal)
        | Bits(life.Synced, DossierFacts.SyncedSent, DossierFacts.Synced)
        | Bits(life.DigitisedInput, DossierFacts.DigitisedInputSent, DossierFacts.DigitisedInput)
        | Bits(life.ReusedData, DossierFacts.ReusedDataSent, DossierFacts.ReusedData)
        | (dueFromStatute ? DossierFacts.DueFromStatute : DossierFacts.None);

    public static bool? Read(this DossierFacts facts, DossierFacts sent, DossierFacts yes) =>
        (facts & sent) == 0 ? null : (facts & yes) != 0;

    private static DossierFacts Bits(bool? value, DossierFacts sent, DossierFacts yes) => value switch
    {
        null => DossierFacts.None,
        true => sent | yes,
        false => sent,
    };
}
