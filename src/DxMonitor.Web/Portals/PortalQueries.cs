using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Portals;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace DxMonitor.Web.Portals;

/// <summary>Reads of portals and their evaluations shared by the API and the pages, scoped to what the actor may see.</summary>
public static class PortalQueries
{
    /// <summary>A portal the actor may read, or null (another unit's portal is not found).</summary>
    public static async Task<(Portal Portal, string UnitCode, string UnitName)?> FindAsync(int id, Actor actor, bool forEvaluation, DxDbContext db, CancellationToken ct)
    {
        var portal = await db.Portals.SingleOrDefaultAsync(p => p.Id == id, ct);
        if (portal is null)
        {
            return null;
        }
        var units = await UnitDirectory.LoadAsync(db, ct);
        var unit = units.ById[portal.UnitId];
        var allowed = forEvaluation ? PortalAccess.CanEvaluate(actor, unit, units) : PortalAccess.CanRead(actor, unit, units);
        return allowed ? (portal, unit.Code, unit.NameVi) : null;
    }

    public static async Task<List<PortalResponse>> ListAsync(string? unitCode, Actor actor, DxDbContext db, CancellationToken ct)
    {
        var units = await UnitDirectory.LoadAsync(db, ct);
        var portals = (await db.Portals.AsNoTracking().OrderBy(p => p.UnitId).ThenBy(p => p.Id).ToListAsync(ct))
            .VisibleTo(actor, units)
            .Where(p => unitCode is null || units.ById[p.UnitId].Code == unitCode)
            .ToList();
        var ids = portals.Select(p => p.Id).ToList();
        var latest = (await db.PortalEvaluations.AsNoTracking().Where(e => ids.Contains(e.PortalId)).ToListAsync(ct))
            .GroupBy(e => e.PortalId).ToDictionary(g => g.Key, g => EvaluationSummary.Of(g.MaxBy(e => e.StartedAt)!)); // groups are never empty
        return [.. portals.Select(p => new PortalResponse(p.Id, units.ById[p.UnitId].Code, units.ById[p.UnitId].NameVi, p.Url, p.Kind.ToString(),
            p.Active, p.RegisteredAt, latest.GetValueOrDefault(p.Id)))];
    }

    public static async Task<PortalHistoryResponse> HistoryAsync(Portal portal, DxDbContext db, CancellationToken ct)
    {
        var evaluations = (await db.PortalEvaluations.AsNoTracking().Where(e => e.PortalId == portal.Id).ToListAsync(ct))
            .OrderByDescending(e => e.StartedAt).ThenByDescending(e => e.Id).Select(EvaluationSummary.Of).ToList();
        double? change = evaluations.Count >= 2 ? Math.Round(evaluations[0].Score - evaluations[1].Score, 1) : null;
        return new PortalHistoryResponse(portal.Id, portal.Url, evaluations, change);
    }

    /// <summary>One evaluation of the portal with its checks and findings; the latest when <paramref name="evaluationId"/> is null.</summary>
    public static async Task<EvaluationResponse?> EvaluationAsync(Portal portal, int? evaluationId, DxDbContext db, IStringLocalizer<PortalsText> text, CancellationToken ct)
    {
        var query = db.PortalEvaluations.AsNoTracking().Include(e => e.Checks).Include(e => e.Findings).AsSplitQuery()
            .Where(e => e.PortalId == portal.Id);
        var evaluation = evaluationId is { } id
            ? await query.SingleOrDefaultAsync(e => e.Id == id, ct)
            : await query.OrderByDescending(e => e.StartedAt).ThenByDescending(e => e.Id).FirstOrDefaultAsync(ct);
        return evaluation is null ? null : EvaluationResponse.Of(evaluation, portal.Url, null, text);
    }
}
