namespace DxMonitor.Web.Targets;

/// <summary>A target as an analyst sets it, in the seed's vocabulary (targets.json); indicator and scope are fixed once created.</summary>
public sealed record TargetRequest(
    string? Indicator, string? Scope, decimal? Value, decimal? BaselineValue, string? BaselinePeriod, string? Deadline,
    string? LegalSourceVi, string? LegalSourceEn, string? Source);
