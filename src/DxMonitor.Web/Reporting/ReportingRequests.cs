using System.ComponentModel.DataAnnotations;
using DxMonitor.Domain.Reporting;
using DxMonitor.Domain.Units;

namespace DxMonitor.Web.Reporting;

/// <summary>A round to open: which indicators, for which period, from which level of units, by when.</summary>
public sealed record NewRound(
    [property: Required, StringLength(40)] string Code,
    [property: Required, StringLength(300)] string TitleVi,
    [property: Required, StringLength(8)] string Period,
    UnitLevel Level,
    DateOnly DueOn,
    [property: Required, MinLength(1), MaxLength(200)] IReadOnlyList<string> Indicators);

/// <summary>One value of a report form.</summary>
public sealed record EntryWrite([property: Required, StringLength(40)] string Indicator, decimal? Value, decimal? Denominator = null,
    [property: StringLength(2000)] string? Comment = null);

public sealed record EntriesWrite([property: Required, MaxLength(500)] IReadOnlyList<EntryWrite> Entries);

/// <summary>A reviewer's comment (return) or an officer's reason (reopen for correction).</summary>
public sealed record Remark([property: Required, StringLength(2000, MinimumLength = 1)] string Text);

/// <summary>A unit's place in a round: its report's state and whether it came on time.</summary>
public sealed record RoundUnit(string Unit, string NameVi, ReportState State, int Revision, Timeliness Timeliness, DateTime? SubmittedAt);

/// <summary>A round with the completeness and timeliness of its reports.</summary>
public sealed record RoundResponse(
    string Code, string TitleVi, string Period, UnitLevel Level, DateOnly DueOn, IReadOnlyList<string> Indicators,
    int Units, int OnTime, int Late, int NotSubmitted, int Accepted, IReadOnlyList<RoundUnit> Reports);

/// <summary>A line of a report form: what is asked, how it is measured, last period's value and the target beside it.</summary>
public sealed record FormLine(
    string Indicator, string NameVi, string DefinitionVi, string UnitOfMeasureVi, decimal? Value, decimal? Denominator, string? Comment,
    decimal? LastPeriodValue, decimal? Target, DateOnly? TargetDeadline, decimal? Minimum = null, decimal? Maximum = null);

/// <summary>A unit's report form in a round.</summary>
public sealed record ReportForm(
    string Round, string Period, string Unit, string UnitNameVi, ReportState State, int Revision, string? ReviewComment,
    string? CorrectionReason, DateOnly DueOn, IReadOnlyList<FormLine> Lines);
