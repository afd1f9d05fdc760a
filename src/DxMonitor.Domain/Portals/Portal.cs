using DxMonitor.Domain.Access;

namespace DxMonitor.Domain.Portals;

/// <summary>
/// A unit's portal registered for evaluation (cổng dịch vụ công or hệ thống một cửa điện tử), by its address.
/// A unit registers an address once; a portal no longer evaluated is deactivated, keeping its history. Its
/// registration and every change of it are audited as "portal/{id}".
/// </summary>
public sealed class Portal : IAuditedRecord
{
    public int Id { get; private set; }
    public required int UnitId { get; init; }
    public required string Url { get; init; }
    public required PortalKind Kind { get; set; }
    public bool Active { get; private set; } = true;
    public required string RegisteredBy { get; init; }
    public required DateTime RegisteredAt { get; init; }

    /// <summary>When the last evaluation finished (UTC); the scheduler evaluates the portals waiting longest first.</summary>
    public DateTime? LastEvaluatedAt { get; set; }

    public string AuditSubject => $"portal/{Id}";

    /// <summary>Stops (false) or resumes (true) scheduled and on-demand evaluation; returns whether anything changed.</summary>
    public bool SetActive(bool active)
    {
        var changed = Active != active;
        Active = active;
        return changed;
    }
}
