namespace DxMonitor.Domain.Values;

/// <summary>
/// What a writer sets on a data value: the number, where it came from, and the path it came by (<paramref name="Via"/>:
/// "direct", "report:ROUND", "dossiers", "registry:KEY", "evaluator"), kept on the value and in its audit trail.
/// </summary>
public sealed record ValueRevision(decimal Value, decimal? Denominator, string? Comment, int? SourceId, string? SubmittedBy, string? Via = null);
