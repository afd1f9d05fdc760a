namespace DxMonitor.Data.Audit;

/// <summary>The audit identity of work the system does by itself: seeding, background jobs.</summary>
public sealed class SystemAuditContext(string actorName = "system") : IAuditContext
{
    public string ActorName { get; } = actorName;
    public string? ClientAddress => null;
}
