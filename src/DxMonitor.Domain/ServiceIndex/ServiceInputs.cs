using DxMonitor.Domain.Dossiers;

namespace DxMonitor.Domain.ServiceIndex;

/// <summary>Procedures of a unit in force at a date, and those among them whose statutory time limit is published.</summary>
public readonly record struct ProcedureCounts(int InForce, int Complete)
{
    public ProcedureCounts Plus(ProcedureCounts other) => new(InForce + other.InForce, Complete + other.Complete);
}

/// <summary>Feedback received in a period: answered on time, and answered late or still unanswered past due.</summary>
public readonly record struct FeedbackCounts(int Received, int AnsweredOnTime, int Delayed)
{
    public FeedbackCounts Plus(FeedbackCounts other) => new(Received + other.Received, AnsweredOnTime + other.AnsweredOnTime, Delayed + other.Delayed);
}

/// <summary>Ratings given in a period, and those satisfied or very satisfied.</summary>
public readonly record struct RatingCounts(int Rated, int Satisfied)
{
    public RatingCounts Plus(RatingCounts other) => new(Rated + other.Rated, Satisfied + other.Satisfied);
}

/// <summary>A part over a whole, as a component counts it; no whole means no data (missing), not zero.</summary>
public readonly record struct Fraction(int Numerator, int Denominator)
{
    public bool HasData => Denominator > 0;

    /// <summary>The rate in percent, rounded to two decimals; null without data.</summary>
    public decimal? Rate => DossierCounts.Share(Numerator, Denominator);
}

/// <summary>Everything the index of a unit and period is computed from, the unit's own and every unit's below it.</summary>
public sealed record ServiceInputs(DossierCounts Dossiers, ProcedureCounts Procedures, FeedbackCounts Feedback, RatingCounts Ratings)
{
    public Fraction Measure(ServiceMeasure measure) => measure switch
    {
        ServiceMeasure.ProceduresComplete => new(Procedures.Complete, Procedures.InForce),
        ServiceMeasure.DossiersSynced => new(Dossiers.Lifecycle.Synced, Dossiers.Lifecycle.SyncedSent),
        ServiceMeasure.ResolvedOnTime => new(Dossiers.OnTime, Dossiers.Finished + Dossiers.OverdueOpen),
        ServiceMeasure.SubmittedOnline => new(Dossiers.Online, Dossiers.Received),
        ServiceMeasure.FullyOnline => new(Dossiers.FullyOnline, Dossiers.Received),
        ServiceMeasure.ThroughNationalPortal => new(Dossiers.Lifecycle.Portal, Dossiers.Lifecycle.PortalSent),
        ServiceMeasure.PaidOnline => new(Dossiers.PaidOnline, Dossiers.WithFee),
        ServiceMeasure.DigitisedInput => new(Dossiers.Lifecycle.Input, Dossiers.Lifecycle.InputSent),
        ServiceMeasure.DigitisedResult => new(Dossiers.Digitised, Dossiers.Finished),
        ServiceMeasure.ReusedData => new(Dossiers.Lifecycle.Reused, Dossiers.Lifecycle.ReuseSent),
        ServiceMeasure.FeedbackOnTime => new(Feedback.AnsweredOnTime, Feedback.Received),
        ServiceMeasure.FeedbackWithoutDelay => new(Math.Max(0, Feedback.Received - Feedback.Delayed), Feedback.Received),
        ServiceMeasure.RatingsSatisfied => new(Ratings.Satisfied, Ratings.Rated),
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, null),
    };
}
