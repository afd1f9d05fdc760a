namespace DxMonitor.Web.Targets;

/// <summary>A target as an analyst sets it, in the seed's vocabulary (targets.json); indicator and scope are fixed once created.</summary>
public sealed record TargetRequest(
    string? Indicator = null, string? Scope = null, decimal? Value = null, decimal? BaselineValue = null, string? BaselinePeriod = null,
    string? Deadline = null, string? LegalSourceVi = null, string? LegalSourceEn = null, string? Source = null);
