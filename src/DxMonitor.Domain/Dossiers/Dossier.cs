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

    /// <summary>Times the applicant was asked to supplement the dossier (yêu cầu bổ sung).</summary>
    public int Supplements { get; init; }

    /// <summary>Days not counted in the statutory limit: waiting for the applicant, or suspended.</summary>
    public int? PausedDays { get; init; }

    /// <summary>The yes/no facts below, stored together; one not sent is unknown (null), not no.</summary>
    public DossierFacts Facts { get; init; }

    /// <summary>Submitted through the national public-service portal (Cổng Dịch vụ công quốc gia).</summary>
    public bool? NationalPortal => Facts.Read(DossierFacts.NationalPortalSent, DossierFacts.NationalPortal);

    /// <summary>Synchronised to the national public-service portal.</summary>
    public bool? Synced => Facts.Read(DossierFacts.SyncedSent, DossierFacts.Synced);

    /// <summary>Its input components digitised (số hoá thành phần hồ sơ).</summary>
    public bool? DigitisedInput => Facts.Read(DossierFacts.DigitisedInputSent, DossierFacts.DigitisedInput);

    /// <summary>Digitised data reused instead of asking the applicant again.</summary>
    public bool? ReusedData => Facts.Read(DossierFacts.ReusedDataSent, DossierFacts.ReusedData);

    /// <summary>The due time was not sent but computed from the procedure's statutory limit (<see cref="StatutoryDue"/>).</summary>
    public bool DueFromStatute => Facts.HasFlag(DossierFacts.DueFromStatute);

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
        DateTime? finishedAt, DossierStatus status, bool? paidOnline, bool digitised, DossierLifecycle? lifecycle = null, bool dueFromStatute = false)
    {
        var life = lifecycle ?? DossierLifecycle.None;
        return new()
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
            Supplements = life.Supplements,
            PausedDays = life.PausedDays,
            Facts = DossierFactBits.Of(life, dueFromStatute),
        };
    }

    public DossierLifecycle Lifecycle => new(Supplements, PausedDays, NationalPortal, Synced, DigitisedInput, ReusedData);

    /// <summary>The same dossier with a due time computed from its procedure's statutory limit; month and outcome follow.</summary>
    public Dossier WithStatutoryDue(DateTime dueAt)
    {
        var dossier = Create(Number, ProcedureCode, Channel, Scope, ReceivedAt, dueAt, FinishedAt, Status, PaidOnline, Digitised, Lifecycle, dueFromStatute: true);
        dossier.UnitId = UnitId;
        dossier.UpdatedAt = UpdatedAt;
        dossier.BatchId = BatchId;
        dossier.BatchRow = BatchRow;
        return dossier;
    }
}
