using System.ComponentModel.DataAnnotations;

namespace DxMonitor.Web.Values;

/// <summary>The value to store for one indicator, unit and period.</summary>
/// <param name="Value">The number; yes/no indicators take 1 or 0, percentages 0-100.</param>
/// <param name="Denominator">For counts of units only: how many units were counted (48 of 63).</param>
/// <param name="Comment">Why the value is what it is; shown beside it.</param>
/// <param name="Source">Code of the source document, when the value comes from one.</param>
public sealed record ValueWrite(
    decimal Value,
    decimal? Denominator = null,
    [property: StringLength(2000)] string? Comment = null,
    [property: StringLength(40)] string? Source = null);

/// <summary>One value of a batch.</summary>
public sealed record BatchValue(
    [property: Required, StringLength(40)] string Indicator,
    [property: Required, StringLength(40)] string Unit,
    [property: Required, StringLength(8)] string Period,
    decimal Value,
    decimal? Denominator = null,
    [property: StringLength(2000)] string? Comment = null,
    [property: StringLength(40)] string? Source = null);

/// <summary>Values stored together: all of them, or none if any is invalid.</summary>
public sealed record BatchWrite([property: Required] IReadOnlyList<BatchValue> Values);

/// <summary>
/// What a write did. A unit officer's values go into the unit's report for the round that asks for them, not into the
/// stored values: <paramref name="Drafts"/> names those reports (submit them to send the values for review).
/// </summary>
public sealed record WriteResult(int Created, int Updated, int Unchanged, IReadOnlyList<DraftedReport>? Drafts = null);

/// <summary>A report that received values as a draft: its round, unit, period, state and where to read or submit it.</summary>
public sealed record DraftedReport(string Round, string Unit, string Period, Domain.Reporting.ReportState State, string Href);
