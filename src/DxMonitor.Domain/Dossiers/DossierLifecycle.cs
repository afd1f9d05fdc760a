namespace DxMonitor.Domain.Dossiers;

/// <summary>
/// What a procedure system knows of a dossier's life beyond its times: how many times the applicant was asked to
/// supplement it, how many days it was paused waiting for them or suspended (not counted in the statutory limit), whether
/// it was submitted through and synchronised to the national public-service portal, whether its input components were
/// digitised and whether digitised data was reused. Every field is optional: the files of before keep working.
/// </summary>
/// <param name="PausedDays">Days not counted in the time limit, of the limit's kind (working days for a working-day limit).</param>
public sealed record DossierLifecycle(
    int Supplements = 0, int? PausedDays = null, bool? NationalPortal = null, bool? Synced = null, bool? DigitisedInput = null, bool? ReusedData = null)
{
    public const int MaxSupplements = 1000;
    public const int MaxPausedDays = 3650;

    public static readonly DossierLifecycle None = new();
}
