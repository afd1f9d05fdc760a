namespace DxMonitor.Domain.Dossiers;

/// <summary>
/// When a dossier is on time, late or overdue. A resolved dossier (finished or rejected) is on time when it
/// was closed at or before its due time (exactly at the due time is on time) and late after it. A dossier
/// with no due time (procedures resolved on the spot or without a statutory limit) is never late nor overdue.
/// An open dossier is overdue once its due time has passed. Days overdue are calendar days, any part of a
/// day counting as a day (a dossier one hour late is one day late).
/// </summary>
public static class DossierTiming
{
    public static bool IsOpen(DossierStatus status) => status is DossierStatus.Received or DossierStatus.Processing or DossierStatus.Supplementing or DossierStatus.Suspended;

    public static bool IsResolved(DossierStatus status) => status is DossierStatus.Finished or DossierStatus.Rejected;

    public static DossierOutcome OutcomeOf(DossierStatus status, DateTime? dueAt, DateTime? finishedAt) => status switch
    {
        _ when IsOpen(status) => DossierOutcome.Open,
        DossierStatus.Withdrawn => DossierOutcome.Withdrawn,
        _ => dueAt is { } due && finishedAt is { } finished && finished > due ? DossierOutcome.Late : DossierOutcome.OnTime,
    };

    /// <summary>Open at <paramref name="at"/> with its due time passed.</summary>
    public static bool IsOverdueOpen(Dossier dossier, DateTime at) =>
        dossier.ReceivedAt <= at && dossier.DueAt is { } due && due < at
        && (dossier.IsOpen || dossier.FinishedAt is { } closed && closed > at);

    /// <summary>Days past the due time: until it was resolved, or until <paramref name="now"/> while open; 0 when not late.</summary>
    public static int DaysOverdue(Dossier dossier, DateTime now)
    {
        if (dossier.DueAt is not { } due || dossier.Outcome is DossierOutcome.OnTime or DossierOutcome.Withdrawn)
        {
            return 0;
        }
        var end = dossier.Outcome == DossierOutcome.Late && dossier.FinishedAt is { } finished ? finished : now;
        return end <= due ? 0 : (int)Math.Ceiling((end - due).TotalDays);
    }
}
