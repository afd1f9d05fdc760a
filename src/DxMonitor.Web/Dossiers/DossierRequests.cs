using System.ComponentModel.DataAnnotations;
using DxMonitor.Domain.Dossiers;

namespace DxMonitor.Web.Dossiers;

/// <summary>A dossier as JSON. Times are ISO 8601 text: with an offset that instant, without one Vietnam time.</summary>
/// <param name="DossierId">The dossier's number in the unit's procedure system.</param>
/// <param name="Unit">Code of the unit that received it, e.g. P01.</param>
/// <param name="Procedure">Code of the administrative procedure.</param>
/// <param name="Channel">online, in_person or post.</param>
/// <param name="OnlineScope">For online dossiers: full (toàn trình) or partial (một phần).</param>
/// <param name="ReceivedAt">When it was received, e.g. 2025-03-31T16:30:00+07:00.</param>
/// <param name="DueAt">When the result is due; none when the procedure has no time limit.</param>
/// <param name="FinishedAt">When it was closed (finished, rejected or withdrawn).</param>
/// <param name="Status">received, processing, supplementing, suspended, finished, rejected or withdrawn.</param>
/// <param name="PaidOnline">Whether the fee was paid online; none when there is no fee.</param>
/// <param name="Digitised">Whether the result was issued in digital form.</param>
/// <param name="Supplements">How many times the applicant was asked to supplement it.</param>
/// <param name="PausedDays">Days not counted in the statutory limit (waiting for the applicant, suspended), of the limit's kind.</param>
/// <param name="NationalPortal">Whether it was submitted through the national public-service portal.</param>
/// <param name="Synced">Whether it was synchronised to the national public-service portal.</param>
/// <param name="DigitisedInput">Whether its input components were digitised.</param>
/// <param name="ReusedData">Whether digitised data was reused instead of asking the applicant again.</param>
public sealed record DossierItem(
    [property: Required, StringLength(64)] string DossierId,
    [property: Required, StringLength(40)] string Unit,
    [property: Required, StringLength(64)] string Procedure,
    [property: Required, StringLength(20)] string Channel,
    [property: StringLength(20)] string? OnlineScope,
    [property: Required, StringLength(40)] string ReceivedAt,
    [property: StringLength(40)] string? DueAt,
    [property: StringLength(40)] string? FinishedAt,
    [property: Required, StringLength(20)] string Status,
    bool? PaidOnline = null,
    bool? Digitised = null,
    int? Supplements = null,
    int? PausedDays = null,
    bool? NationalPortal = null,
    bool? Synced = null,
    bool? DigitisedInput = null,
    bool? ReusedData = null)
{
    public DossierFields ToFields() => new(DossierId, Unit, Procedure, Channel, OnlineScope, ReceivedAt, DueAt, FinishedAt, Status,
        Flag(PaidOnline), Flag(Digitised), Number(Supplements), Number(PausedDays), Flag(NationalPortal), Flag(Synced), Flag(DigitisedInput),
        Flag(ReusedData));

    private static string? Flag(bool? value) => value is { } yes ? (yes ? "true" : "false") : null;

    private static string? Number(int? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The JSON name of a column key: received_at → receivedAt.</summary>
    public static string JsonName(string columnKey) => columnKey switch
    {
        "dossier_id" => "dossierId",
        "online_scope" => "onlineScope",
        "received_at" => "receivedAt",
        "due_at" => "dueAt",
        "finished_at" => "finishedAt",
        "paid_online" => "paidOnline",
        "paused_days" => "pausedDays",
        "national_portal" => "nationalPortal",
        "digitised_input" => "digitisedInput",
        "reused_data" => "reusedData",
        _ => columnKey,
    };
}

/// <summary>Dossiers sent together: all are stored, or none if any is invalid.</summary>
public sealed record DossierBatchRequest([property: Required] IReadOnlyList<DossierItem> Dossiers);

/// <summary>What an ingest stored: rows read and accepted (created or updated by unit and dossier id).</summary>
public sealed record IngestResponse(long Rows, int Units, int FiguresWritten);

/// <summary>A late dossier's explanation.</summary>
public sealed record ExplanationRequest([property: Required] string Reason, [property: Required] string Remedy);
