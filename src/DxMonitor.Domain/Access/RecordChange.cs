namespace DxMonitor.Domain.Access;

/// <summary>An audited change to a project, a registry entry or a document: who, when, from where, old and new.</summary>
public sealed class RecordChange
{
    public long Id { get; private set; }
    public required string Subject { get; init; }
    public required string Action { get; init; }

    /// <summary>The changed properties' old values as JSON (null when created).</summary>
    public string? OldValues { get; init; }

    /// <summary>The changed properties' new values as JSON (null when deleted).</summary>
    public string? NewValues { get; init; }

    public required string ChangedBy { get; init; }
    public required DateTime ChangedAt { get; init; }
    public string? ClientAddress { get; init; }
}
