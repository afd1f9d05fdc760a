using DxMonitor.Domain.Dossiers;

namespace DxMonitor.Domain.Feedback;

/// <summary>
/// A feedback or petition (phản ánh, kiến nghị) a unit received from a citizen or business about its administrative
/// procedures: when it came, when the answer was due and when it was given. Keyed by unit and its number there.
/// </summary>
public sealed class FeedbackRecord
{
    public required int UnitId { get; set; }
    public required string Number { get; init; }
    public required DateTime ReceivedAt { get; init; }
    public DateTime? DueAt { get; init; }
    public DateTime? AnsweredAt { get; init; }
    public int ReceivedMonth { get; init; }

    /// <summary>Answered at or before its due time (any time when none was set); null while unanswered.</summary>
    public bool? AnsweredOnTime => AnsweredAt is { } answered ? DueAt is not { } due || answered <= due : null;

    public static FeedbackRecord Create(string number, DateTime receivedAt, DateTime? dueAt, DateTime? answeredAt) => new()
    {
        UnitId = 0,
        Number = number,
        ReceivedAt = receivedAt,
        DueAt = dueAt,
        AnsweredAt = answeredAt,
        ReceivedMonth = DossierMonth.Of(receivedAt),
    };
}
