namespace DxMonitor.Domain.Access;

/// <summary>An audited change to a user or an API token: who, when, from where, what, old and new.</summary>
public sealed class AccountChange
{
    public long Id { get; private set; }
    public required string Subject { get; init; }
    public required string Action { get; init; }
    public string? OldValue { get; init; }
    public string? NewValue { get; init; }
    public required string ChangedBy { get; init; }
    public required DateTime ChangedAt { get; init; }
    public string? ClientAddress { get; init; }
}
