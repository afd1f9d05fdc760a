namespace DxMonitor.Domain.Values;

/// <summary>What a writer sets on a data value: the number and where it came from.</summary>
public sealed record ValueRevision(decimal Value, decimal? Denominator, string? Comment, int? SourceId, string? SubmittedBy);
