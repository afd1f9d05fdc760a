namespace DxMonitor.Web.Values;

/// <summary>
/// Where a value comes from: reported for the unit itself, combined from the units it succeeded, or, for a unit with
/// no figure of its own, the monitoring engine's: rolled up from its children or computed by the indicator's formula
/// (the same figure the roll-ups answer).
/// </summary>
public enum ValueOrigin
{
    Reported = 0,
    Predecessors = 1,
    RolledUp = 2,
    Computed = 3,
}

/// <summary>A stored value of an indicator for a unit and a period, with its provenance.</summary>
public sealed record ValueResponse(
    string Indicator, string Unit, string Period, decimal Value, decimal? Denominator, string? Comment, string? Source,
    string? SubmittedBy, bool IsSample, DateTime UpdatedAt, int Version);

/// <summary>A predecessor's part in a value combined from predecessors.</summary>
public sealed record ContributorResponse(string Unit, string NameVi, decimal Share, decimal? Value, decimal? Weight);

/// <summary>
/// The value of an indicator for a unit and period as the unit is today: its own report, or, for periods
/// before it existed, its predecessors' reports combined by the indicator's aggregation rule.
/// </summary>
public sealed record ResolvedValueResponse(
    string Indicator, string Unit, string Period, ValueOrigin Origin, decimal? Value, decimal? Denominator,
    string? NoValueReason, ValueResponse? Reported, IReadOnlyList<ContributorResponse> Contributors);

/// <summary>One audited change: who, when, from where, old and new.</summary>
public sealed record ValueChangeResponse(
    string Kind, decimal? OldValue, decimal? NewValue, decimal? OldDenominator, decimal? NewDenominator,
    string? Comment, string ChangedBy, DateTime ChangedAt, string? ClientAddress);
