namespace DxMonitor.Data.Audit;

/// <summary>Who is making the current change and from where; supplied by the host (web request, seeder, CLI).</summary>
public interface IAuditContext
{
    string ActorName { get; }
    string? ClientAddress { get; }
}
