namespace DxMonitor.Web.Feedback;

/// <summary>What an import stored: rows read, records created and records updated (by unit and number).</summary>
public sealed record FeedbackImportResult(int Rows, int Created, int Updated);

/// <summary>
/// A unit's feedback and ratings for a month (of receipt, of rating), the unit's and the units' below it: feedback
/// received, answered, answered on time, unanswered past due at the month's end; ratings by level and the share
/// satisfied or very satisfied (null when none was sent: missing, not zero).
/// </summary>
public sealed record FeedbackFigures(
    string Unit, string Month, int Received, int Answered, int AnsweredOnTime, int OverdueUnanswered,
    int Ratings, int VerySatisfied, int Satisfied, int Dissatisfied, decimal? SatisfiedShare);
