using DxMonitor.Data;
using DxMonitor.Domain;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Alerts;
using DxMonitor.Web.Projects;
using DxMonitor.Web.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Alerts;

/// <summary>Reads of alert inboxes shared by the API and the pages.</summary>
public static class AlertQueries
{
    /// <summary>
    /// The alerts of a unit and every unit below it (all units when none is given), most severe and newest first;
    /// open ones unless a state is asked for. Project alerts (<see cref="AlertRule.ProjectWarning"/>) name a
    /// project and its money, so they are listed only to those who may see the project (<see cref="ProjectAccess"/>).
    /// </summary>
    public static async Task<List<AlertResponse>> InboxAsync(
        DxDbContext db, Actor reader, string? unit, AlertState? state, AlertSeverity? severity, AlertRule? rule, CancellationToken ct)
    {
        var units = await UnitDirectory.LoadAsync(db, ct);
        // An inbox holds alerts of units whose unpublished data the reader reads; by default all of them.
        var scope = reader.ReadableUnits(units);
        if (unit is not null)
        {
            var inbox = units.Require(unit, "unit");
            if (!reader.ReadsUnpublishedOf(inbox, units))
            {
                throw new UnitOutOfScopeException(inbox.Code, "unit");
            }
            scope = units.SubtreeIds(inbox);
        }
        var alerts = await db.Alerts.AsNoTracking()
            .Where(a => state == null ? a.State != AlertState.Resolved : a.State == state)
            .Where(a => (severity == null || a.Severity == severity) && (rule == null || a.Rule == rule))
            .OrderByDescending(a => a.Severity).ThenByDescending(a => a.Id)
            .ToListAsync(ct);
        var codes = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Code, ct);
        return [.. alerts
            .Where(a => scope is null || scope.Contains(a.UnitId))
            .Select(a => ToResponse(a, units, codes))];
    }

    public static AlertResponse ToResponse(Alert a, UnitDirectory units, Dictionary<int, string> codes) => new(
        a.Id, a.Rule, a.Severity, a.State, units.ById[a.UnitId].Code, units.ById[a.UnitId].NameVi,
        a.IndicatorId is { } i ? codes.GetValueOrDefault(i) : null, a.PeriodCode, a.SummaryVi, a.SummaryEn, a.Evidence,
        a.OpenedAt, a.LastSeenAt, a.FiringSince, a.AcknowledgedAt, a.AcknowledgedBy, a.AcknowledgeNote, a.ResolvedAt, a.EscalationLevel,
        a.SilencedUntil, a.SilencedBy, a.SilenceReason);
}
