using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Monitoring;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Portals;

/// <summary>
/// Deactivates a portal (no longer evaluated, on demand or by the scheduler; its history stays readable) or
/// activates it again; used by the API and the portals page. Whoever may register and evaluate the unit's portals may
/// do it; another unit's portal is "not found". The change is audited as "portal/{id}" in the same SaveChanges, and
/// the unit's portal score is written again since it is the mean over the active portals.
/// </summary>
public static class SetPortalActive
{
    /// <summary>The portal after the change, or null when the actor may not change it (or it does not exist).</summary>
    public static async Task<PortalResponse?> ExecuteAsync(
        int id, bool active, Actor actor, DxDbContext db, TimeProvider clock, ReportChannel monitoring, CancellationToken ct)
    {
        if (await PortalQueries.FindAsync(id, actor, forEvaluation: true, db, ct) is not { } found)
        {
            return null;
        }
        var portal = found.Portal;
        if (portal.SetActive(active))
        {
            await RecordPortalScore.SaveWithScoreAsync(portal.UnitId, actor, db, clock, monitoring, ct);
        }
        return (await PortalQueries.ListAsync(found.UnitCode, actor, db, ct)).Single(p => p.Id == portal.Id);
    }
}
