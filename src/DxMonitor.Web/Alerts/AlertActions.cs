using System.Text.Json;
using DxMonitor.Data;
using DxMonitor.Data.Audit;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Alerts;
using DxMonitor.Web.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Alerts;

/// <summary>
/// What a person does to an alert (acknowledge it, silence it for a while, end the silence), the same from the API and
/// the alerts page: only those who may write for the alert's unit, each act audited with who, when, old and new.
/// </summary>
public sealed class AlertActions(DxDbContext db, IAuditContext audit, TimeProvider clock)
{
    /// <summary>The alert if <paramref name="actor"/> may act on it now; null for an unknown alert and for another unit's alike.</summary>
    public async Task<Alert?> FindAsync(long id, Actor actor, CancellationToken ct)
    {
        var alert = await db.Alerts.SingleOrDefaultAsync(a => a.Id == id, ct);
        if (alert is null)
        {
            return null;
        }
        var units = await UnitDirectory.LoadAsync(db, ct);
        return actor.CanWriteFor(alert.UnitId, units.AncestorIds(units.ById[alert.UnitId])) ? alert : null;
    }

    public Task AcknowledgeAsync(Alert alert, Actor actor, string? note, CancellationToken ct) =>
        ActAsync(alert, "Acknowledged", () => alert.Acknowledge(actor.Name, Now, note), ct);

    public Task SilenceAsync(Alert alert, Actor actor, DateTime until, string? reason, CancellationToken ct) =>
        ActAsync(alert, "Silenced", () => alert.Silence(actor.Name, Now, until, reason), ct);

    public Task UnsilenceAsync(Alert alert, CancellationToken ct) => ActAsync(alert, "Unsilenced", alert.Unsilence, ct);

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    private async Task ActAsync(Alert alert, string action, Action act, CancellationToken ct)
    {
        var before = Snapshot(alert);
        act();
        db.RecordChanges.Add(new RecordChange
        {
            Subject = $"alert/{alert.Id}",
            Action = action,
            OldValues = JsonSerializer.Serialize(before, AuditJson.Options),
            NewValues = JsonSerializer.Serialize(Snapshot(alert), AuditJson.Options),
            ChangedBy = audit.ActorName,
            ChangedAt = Now,
            ClientAddress = audit.ClientAddress,
        });
        await db.SaveChangesAsync(ct);
    }

    private static Dictionary<string, object?> Snapshot(Alert a) => new()
    {
        ["State"] = a.State.ToString(),
        ["AcknowledgedBy"] = a.AcknowledgedBy,
        ["AcknowledgeNote"] = a.AcknowledgeNote,
        ["SilencedUntil"] = a.SilencedUntil,
        ["SilencedBy"] = a.SilencedBy,
        ["SilenceReason"] = a.SilenceReason,
    };
}
