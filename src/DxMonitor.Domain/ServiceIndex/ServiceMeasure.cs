namespace DxMonitor.Domain.ServiceIndex;

/// <summary>
/// What a component of the service index measures: a share (numerator over denominator) of a unit's procedures,
/// dossiers, feedback or ratings in the period. docs/service-index.md gives each one's rule and source.
/// </summary>
public enum ServiceMeasure
{
    /// <summary>Procedures in force at the period's end whose statutory time limit is published, among those in force.</summary>
    ProceduresComplete,

    /// <summary>Dossiers received and synchronised to the national portal, among those that said whether they were.</summary>
    DossiersSynced,

    /// <summary>Dossiers resolved on time, among those resolved in the period and those open past due at its end.</summary>
    ResolvedOnTime,

    /// <summary>Dossiers submitted online, among those received.</summary>
    SubmittedOnline,

    /// <summary>Dossiers of a fully online service (toàn trình), among those received.</summary>
    FullyOnline,

    /// <summary>Dossiers submitted through the national portal, among those that said where they were submitted.</summary>
    ThroughNationalPortal,

    /// <summary>Fees paid online, among received dossiers with a fee.</summary>
    PaidOnline,

    /// <summary>Dossiers whose input components were digitised, among those that said whether they were.</summary>
    DigitisedInput,

    /// <summary>Results issued in digital form, among dossiers resolved in the period.</summary>
    DigitisedResult,

    /// <summary>Dossiers that reused digitised data, among those that said whether they did.</summary>
    ReusedData,

    /// <summary>Feedback and petitions answered on time, among those received in the period.</summary>
    FeedbackOnTime,

    /// <summary>Feedback and petitions neither answered late nor unanswered past due, among those received.</summary>
    FeedbackWithoutDelay,

    /// <summary>Ratings satisfied or very satisfied, among the ratings given in the period.</summary>
    RatingsSatisfied,
}
