using System.Security.Claims;
using DxMonitor.Data;
using DxMonitor.Domain.Alerts;
using DxMonitor.Web.Accounts;
using DxMonitor.Web.Api;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Units;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Alerts;

/// <summary>
/// Alert inboxes: a unit sees its own alerts and those of every unit below it (alerts route to the unit and
/// its ancestors); the nation's inbox is the national one. Acknowledging needs the right to write for the unit.
/// </summary>
public static class AlertsApi
{
    public static void MapAlerts(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/alerts").WithTags("Alerts").RequireAuthorization(AuthenticationSetup.Staff);
        group.MapGet("/", Inbox).WithSummary("The alerts of a unit and the units below it (default: the whole country), newest first.");
        group.MapGet("/export.{format}", Export).WithSummary("The same inbox as a file: export.csv (UTF-8 with BOM) or export.xlsx.");
        group.MapPost("/{id:long}/acknowledge", Acknowledge).RequireAuthorization(AuthenticationSetup.WriteData)
            .WithSummary("Acknowledges an alert: someone answers for it, and it stops escalating.");
    }

    /// <param name="unit">Unit code whose inbox to read (its alerts and its descendants').</param>
    /// <param name="state">Pending, Firing, Acknowledged or Resolved; default every open state.</param>
    /// <param name="severity">Info, Warning or Critical.</param>
    /// <param name="rule">ReportOverdue, BehindTrajectory, DeadlineMissed, Outlier, MissingForRanking, DossierDueSoon or ProjectWarning.</param>
    /// <param name="page">Page number from 1.</param>
    /// <param name="pageSize">Items per page, 1-500.</param>
    internal static async Task<Ok<Paged<AlertResponse>>> Inbox(
        string? unit, string? state, string? severity, string? rule, int? page, int? pageSize, ClaimsPrincipal user, DxDbContext db, CancellationToken ct)
    {
        var paging = PageRequest.From(page, pageSize);
        var stateFilter = Require.Enum<AlertState>(state, "state");
        var severityFilter = Require.Enum<AlertSeverity>(severity, "severity");
        var ruleFilter = Require.Enum<AlertRule>(rule, "rule");
        var visible = await AlertQueries.InboxAsync(db, user.ToActor(), unit, stateFilter, severityFilter, ruleFilter, ct);
        return TypedResults.Ok(paging.Of(visible));
    }

    /// <param name="unit">Unit code whose inbox to export.</param>
    /// <param name="state">Pending, Firing, Acknowledged or Resolved; default every open state.</param>
    /// <param name="format">csv or xlsx.</param>
    internal static async Task<FileContentHttpResult> Export(string format, string? unit, string? state, ClaimsPrincipal user, DxDbContext db, CancellationToken ct)
    {
        var alerts = await AlertQueries.InboxAsync(db, user.ToActor(), unit, Require.Enum<AlertState>(state, "state"), null, null, ct);
        return ImportExport.TableExport.File(format, "canh-bao", ["Mức độ", "Quy tắc", "Trạng thái", "Mã đơn vị", "Đơn vị", "Chỉ tiêu", "Kỳ", "Nội dung", "Căn cứ", "Mở lúc (UTC)"],
            alerts.Select(a => (IReadOnlyList<object?>)[a.Severity.ToString(), AlertRuleNames.Vietnamese(a.Rule.ToString()), a.State.ToString(), a.Unit, a.UnitNameVi, a.Indicator, a.Period,
                a.SummaryVi, a.Evidence, a.OpenedAt]));
    }

    internal static async Task<Results<Ok<AlertResponse>, ProblemHttpResult>> Acknowledge(
        long id, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var alert = await db.Alerts.SingleOrDefaultAsync(a => a.Id == id, ct);
        var units = await UnitDirectory.LoadAsync(db, ct);
        var actor = user.ToActor();
        if (alert is null || !actor.CanWriteFor(alert.UnitId, units.AncestorIds(units.ById[alert.UnitId])))
        {
            // Another unit's alert is "not found": its existence is not theirs to learn.
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: ApiText.Texts.Format("UnknownAlertTitle"), detail: ApiText.Texts.Format("AlertNotFound", id));
        }
        alert.Acknowledge(actor.Name, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        var codes = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Code, ct);
        return TypedResults.Ok(AlertQueries.ToResponse(alert, units, codes));
    }

}
