namespace DxMonitor.Domain.Dossiers;

/// <summary>A dossier's fields as text, as a file row or a JSON item carries them, before they are checked.</summary>
public sealed record DossierFields(
    string? DossierId,
    string? Unit,
    string? Procedure,
    string? Channel,
    string? OnlineScope,
    string? ReceivedAt,
    string? DueAt,
    string? FinishedAt,
    string? Status,
    string? PaidOnline,
    string? Digitised,
    string? Supplements = null,
    string? PausedDays = null,
    string? NationalPortal = null,
    string? Synced = null,
    string? DigitisedInput = null,
    string? ReusedData = null);
