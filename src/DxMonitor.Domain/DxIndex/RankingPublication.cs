using DxMonitor.Domain.Access;

namespace DxMonitor.Domain.DxIndex;

/// <summary>
/// An analyst's publication of an index's ranking for a year: until then the public does not see it, and staff see
/// it marked provisional. Scores still move as published figures do; the publication says the ranking is official.
/// </summary>
public sealed class RankingPublication : IAuditedRecord
{
    public int Id { get; private set; }
    public required string Index { get; init; }
    public required int Year { get; init; }
    public required string PublishedBy { get; init; }
    public required DateTime PublishedAt { get; init; }

    /// <summary>The methodology version the ranking was computed with (<see cref="IndexMethodology.Id"/>), frozen from now on.</summary>
    public int? MethodologyId { get; init; }

    public int? MethodologyVersion { get; init; }

    /// <summary>The hash of the methodology's content at publication: a recomputation with that version must match it.</summary>
    public string? MethodologyHash { get; init; }

    public string AuditSubject => $"ranking/{Index}/{Year}";
}
