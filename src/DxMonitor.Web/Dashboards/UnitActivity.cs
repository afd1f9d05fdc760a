using DxMonitor.Data;
using DxMonitor.Domain.Projects;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Dashboards;

/// <summary>A unit's portal grades (issue 6) and DX investment projects (issue 8), for its page.</summary>
public static class UnitActivity
{
    public sealed record PortalGrade(int PortalId, string Url, string Kind, string? Grade, double? Score, DateTime? EvaluatedAt);

    public sealed record ProjectLine(string Code, string Name, ProjectStatus Status, decimal TotalBudget);

    /// <summary>The unit's active portals, each with its latest evaluation.</summary>
    public static async Task<List<PortalGrade>> PortalsAsync(DxDbContext db, string unitCode, CancellationToken ct)
    {
        var unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync(ct);
        var portals = await db.Portals.AsNoTracking().Where(p => p.UnitId == unitId && p.Active).OrderBy(p => p.Url).ToListAsync(ct);
        var ids = portals.Select(p => p.Id).ToList();
        var latest = (await db.PortalEvaluations.AsNoTracking().Where(e => ids.Contains(e.PortalId))
                .Select(e => new { e.PortalId, e.Id, e.Grade, e.Score, e.StartedAt }).ToListAsync(ct))
            .GroupBy(e => e.PortalId).ToDictionary(g => g.Key, g => g.MaxBy(e => e.Id)!);
        return [.. portals.Select(p => latest.TryGetValue(p.Id, out var e)
            ? new PortalGrade(p.Id, p.Url, p.Kind.ToString(), e.Grade, e.Score, e.StartedAt)
            : new PortalGrade(p.Id, p.Url, p.Kind.ToString(), null, null, null))];
    }

    /// <summary>The unit's own projects, largest budget first.</summary>
    public static async Task<List<ProjectLine>> ProjectsAsync(DxDbContext db, int unitId, int take, CancellationToken ct)
    {
        var projects = await db.Projects.AsNoTracking().Where(p => p.UnitId == unitId)
            .Select(p => new ProjectLine(p.Code, p.Name, p.Status, p.TotalBudget)).ToListAsync(ct);
        return [.. projects.OrderByDescending(p => p.TotalBudget).Take(take)];
    }
}
