namespace DxMonitor.Domain.Dossiers;

/// <summary>
/// Where a dossier stands. Received, Processing, Supplementing (waiting for the applicant's documents) and Suspended
/// (tạm dừng) are open; Finished (result issued) and
/// Rejected (refused with reasons) are resolved (đã giải quyết) and count as on time or late; Withdrawn is
/// closed without being resolved and counts only as received.
/// </summary>
public enum DossierStatus
{
    Received = 0,
    Processing = 1,
    Supplementing = 2,
    Finished = 3,
    Rejected = 4,
    Withdrawn = 5,
    Suspended = 6,
}
