namespace DxMonitor.Domain.ServiceIndex;

/// <summary>
/// The index's inputs besides dossiers, counted per unit the way a database's GROUP BY returns them: feedback by month
/// of receipt, ratings by month of rating, and procedure versions by their span of validity.
/// </summary>
public sealed record ServiceAggregates(
    IReadOnlyList<ServiceAggregates.FeedbackRow> Feedback,
    IReadOnlyList<ServiceAggregates.RatingRow> Ratings,
    IReadOnlyList<ServiceAggregates.ProcedureRow> Procedures)
{
    public static ServiceAggregates None { get; } = new([], [], []);

    /// <param name="Delayed">Answered after its due time, or unanswered and past it now.</param>
    public readonly record struct FeedbackRow(int UnitId, int Month, int Received, int AnsweredOnTime, int Delayed);

    public readonly record struct RatingRow(int UnitId, int Month, int Rated, int Satisfied);

    /// <param name="Complete">Its statutory time limit is published.</param>
    public readonly record struct ProcedureRow(int UnitId, DateOnly ValidFrom, DateOnly? ValidTo, bool Complete, int Count);
}
