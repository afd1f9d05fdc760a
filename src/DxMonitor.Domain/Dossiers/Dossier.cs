namespace DxMonitor.Domain.Dossiers;

/// <summary>
/// An administrative-procedure dossier (hồ sơ thủ tục hành chính) as a unit's procedure system reports it,
/// identified by its unit and its number in that system. Times are UTC; the month keys place them in
/// Vietnamese calendar months (<see cref="DossierMonth"/>) and are derived when the dossier is made.
/// </summary>
public sealed class Dossier
{
    public const int MaxNumberLength = 64;

    public required int UnitId { get; set; }
    public required string Number { get; init; }
    public required string ProcedureCode { get; init; }
    public required DossierChannel Channel { get; init; }
    public OnlineScope? Scope { get; init; }
    public required DateTime ReceivedAt { get; init; }
    public DateTime? DueAt { get; init; }
    public DateTime? FinishedAt { get; init; }
    public required DossierStatus Status { get; init; }

    /// <summary>Whether the fee was paid online; null when the procedure has no fee.</summary>
    public bool? PaidOnline { get; init; }

    /// <summary>Whether the result was issued in digital form (kết quả số hoá).</summary>
    public bool Digitised { get; init; }

    public int ReceivedMonth { get; init; }
    public int? DueMonth { get; init; }
    public int? FinishedMonth { get; init; }
    public DossierOutcome Outcome { get; init; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>The ingest (<see cref="DossierBatch"/>) that last wrote the dossier, and the row of its input that gave it.</summary>
    public long? BatchId { get; set; }

    public long? BatchRow { get; set; }

    public bool IsOpen => Outcome == DossierOutcome.Open;

    /// <summary>Makes a dossier whose fields have been checked (<see cref="DossierParser"/>), deriving months and outcome.</summary>
    public static Dossier Create(
        string number, string procedureCode, DossierChannel channel, OnlineScope? scope, DateTime receivedAt, DateTime? dueAt,
        DateTime? finishedAt, DossierStatus status, bool? paidOnline, bool digitised) => new()
        {
            UnitId = 0,
            Number = number,
            ProcedureCode = procedureCode,
            Channel = channel,
            Scope = scope,
            ReceivedAt = receivedAt,
            DueAt = dueAt,
            FinishedAt = finishedAt,
            Status = status,
            PaidOnline = paidOnline,
            Digitised = digitised,
            ReceivedMonth = DossierMonth.Of(receivedAt),
            DueMonth = dueAt is { } due ? DossierMonth.Of(due) : null,
            FinishedMonth = finishedAt is { } finished ? DossierMonth.Of(finished) : null,
            Outcome = DossierTiming.OutcomeOf(status, dueAt, finishedAt),
        };
}
