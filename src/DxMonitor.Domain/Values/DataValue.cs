using DxMonitor.Domain.Periods;

namespace DxMonitor.Domain.Values;

/// <summary>
/// The value (số liệu) of an indicator for a unit and a period, with its provenance: the document it was
/// taken from or the user who submitted it. Every change is audited as a <see cref="DataValueChange"/>.
/// </summary>
public sealed class DataValue
{
    public long Id { get; private set; }
    public required int IndicatorId { get; init; }
    public required int UnitId { get; init; }
    public required string PeriodCode { get; init; }
    public required PeriodType PeriodType { get; init; }
    public required DateOnly PeriodStart { get; init; }
    public required decimal Value { get; set; }

    /// <summary>For counts of units: how many units were counted ("48/63" stores 48 and 63).</summary>
    public decimal? Denominator { get; set; }

    public string? Comment { get; set; }
    public int? SourceId { get; set; }
    public string? SubmittedBy { get; set; }

    /// <summary>The path the current figure came by: "direct", "report:ROUND", "dossiers", "registry:KEY", "evaluator" (null for seeded figures).</summary>
    public string? Via { get; set; }

    /// <summary>Generated sample data, never to be mixed with real figures.</summary>
    public bool IsSample { get; init; }

    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>Optimistic-concurrency version, incremented on every change.</summary>
    public int Version { get; set; }

    /// <summary>
    /// What the public sees: the value as it was last published, which a later correction does not change until it
    /// is published in turn. Null until the value is first published.
    /// </summary>
    public decimal? PublishedValue { get; private set; }

    public decimal? PublishedDenominator { get; private set; }
    public DateTime? PublishedAt { get; private set; }

    /// <summary>True when the public sees the current value.</summary>
    public bool IsPublished => PublishedAt is not null && PublishedValue == Value && PublishedDenominator == Denominator;

    public Period Period => Period.Parse(PeriodCode);

    /// <param name="sample">A generated figure of a demo database, never a real one.</param>
    public static DataValue Record(int indicatorId, int unitId, Period period, ValueRevision revision, DateTime at, bool sample = false) => new()
    {
        IsSample = sample,
        IndicatorId = indicatorId,
        UnitId = unitId,
        PeriodCode = period.Code,
        PeriodType = period.Type,
        PeriodStart = period.Start,
        Value = revision.Value,
        Denominator = revision.Denominator,
        Comment = revision.Comment,
        SourceId = revision.SourceId,
        SubmittedBy = revision.SubmittedBy,
        Via = revision.Via,
        CreatedAt = at,
        UpdatedAt = at,
        Version = 1,
    };

    /// <summary>Makes the current value the public one; returns false when the public already sees it.</summary>
    public bool Publish(DateTime at)
    {
        if (IsPublished)
        {
            return false;
        }
        PublishedValue = Value;
        PublishedDenominator = Denominator;
        PublishedAt = at;
        return true;
    }

    /// <summary>Applies a revision; returns false when it changes nothing, so no audit row is written.</summary>
    public bool Revise(ValueRevision revision, DateTime at)
    {
        if (Value == revision.Value && Denominator == revision.Denominator && Comment == revision.Comment
            && SourceId == revision.SourceId)
        {
            return false;
        }
        Value = revision.Value;
        Denominator = revision.Denominator;
        Comment = revision.Comment;
        SourceId = revision.SourceId;
        SubmittedBy = revision.SubmittedBy;
        Via = revision.Via;
        UpdatedAt = at;
        Version++;
        return true;
    }
}
