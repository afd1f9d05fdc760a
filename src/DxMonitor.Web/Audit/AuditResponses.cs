namespace DxMonitor.Web.Audit;

/// <summary>One change to a reported value: who, when, from where, old and new.</summary>
public sealed record ValueAuditEntry(
    long Id, string Indicator, string Unit, string Period, string Kind, decimal? OldValue, decimal? NewValue,
    decimal? OldDenominator, decimal? NewDenominator, string? Comment, string ChangedBy, DateTime ChangedAt, string? ClientAddress);

/// <summary>One change to a user or an API token.</summary>
public sealed record AccountAuditEntry(long Id, string Subject, string Action, string? OldValue, string? NewValue, string ChangedBy, DateTime ChangedAt, string? ClientAddress);
