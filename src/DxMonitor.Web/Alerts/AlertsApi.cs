using System.Security.Claims;
using DxMonitor.Data;
using DxMonitor.Data.Audit;
using DxMonitor.Domain;
using DxMonitor.Domain.Access;
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
            .WithSummary("Acknowledges an alert: someone answers for it, and it stops escalating. Optional body {\"note\"}.");
        group.MapPost("/{id:long}/silence", Silence).RequireAuthorization(AuthenticationSetup.WriteData)
            .WithSummary("Silences an alert for 1-90 days with a reason {\"days\", \"reason\"}: still listed, not announced, not escalated.");
        group.MapDelete("/{id:long}/silence", Unsilence).RequireAuthorization(AuthenticationSetup.WriteData)
            .WithSummary("Ends an alert's silence before its time.");
    }

    /// <param name="unit">Unit code whose inbox to read (its alerts and its descendants').</param>
    /// <param name="state">Pending, Firing, Acknowledged or Resolved; default every open state.</param>
    /// <param name="severity">Info, Warning or Critical.</param>
    /// <param name="rule">ReportOverdue, BehindTrajectory, DeadlineMissed, Outlier, MissingForRanking, DossierDueSoon, ProjectWarning, ReportReturned, ReportDueSoon or ReportAccepted.</param>
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

    internal static Task<Results<Ok<AlertResponse>, ProblemHttpResult>> Acknowledge(
        long id, AcknowledgeRequest? body, ClaimsPrincipal user, DxDbContext db, IAuditContext audit, TimeProvider clock, CancellationToken ct) =>
        ActAsync(id, user, db, audit, clock, (actions, alert, actor) => actions.AcknowledgeAsync(alert, actor, body?.Note, ct), ct);

    internal static Task<Results<Ok<AlertResponse>, ProblemHttpResult>> Silence(
        long id, SilenceRequest body, ClaimsPrincipal user, DxDbContext db, IAuditContext audit, TimeProvider clock, CancellationToken ct)
    {
        var days = body.Days is { } d and >= 1 and <= 90 ? d
            : throw new RuleViolationException(ApiText.Texts.Format("SilenceDays", 1, 90), "days");
        var until = clock.GetUtcNow().UtcDateTime.AddDays(days);
        return ActAsync(id, user, db, audit, clock, (actions, alert, actor) => actions.SilenceAsync(alert, actor, until, body.Reason, ct), ct);
    }

    internal static Task<Results<Ok<AlertResponse>, ProblemHttpResult>> Unsilence(
        long id, ClaimsPrincipal user, DxDbContext db, IAuditContext audit, TimeProvider clock, CancellationToken ct) =>
        ActAsync(id, user, db, audit, clock, (actions, alert, _) => actions.UnsilenceAsync(alert, ct), ct);

    private static async Task<Results<Ok<AlertResponse>, ProblemHttpResult>> ActAsync(long id, ClaimsPrincipal user, DxDbContext db, IAuditContext audit,
        TimeProvider clock, Func<AlertActions, Alert, Actor, Task> act, CancellationToken ct)
    {
        var actions = new AlertActions(db, audit, clock);
        var actor = user.ToActor();
        if (await actions.FindAsync(id, actor, ct) is not { } alert)
        {
            // Another unit's alert is "not found": its existence is not theirs to learn.
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: ApiText.Texts.Format("UnknownAlertTitle"), detail: ApiText.Texts.Format("AlertNotFound", id));
        }
        await act(actions, alert, actor);
        var units = await UnitDirectory.LoadAsync(db, ct);
        var codes = await db.Indicators.AsNoTracking().ToDictionaryAsync(i => i.Id, i => i.Code, ct);
        return TypedResults.Ok(AlertQueries.ToResponse(alert, units, codes));
    }
}

/// <summary>What the person acknowledging an alert is doing about it (optional, at most 500 characters).</summary>
public sealed record AcknowledgeRequest(string? Note = null);

/// <summary>How many days (1-90) to silence an alert, and why (required).</summary>
public sealed record SilenceRequest(int? Days = null, string? Reason = null);
