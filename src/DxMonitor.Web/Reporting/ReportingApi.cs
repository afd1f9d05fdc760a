using System.Security.Claims;
using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Web.Accounts;
using DxMonitor.Web.Monitoring;
using DxMonitor.Web.Resources;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Reporting;

/// <summary>
/// Reporting rounds and the report workflow. Analysts open rounds and review; a unit officer fills in, saves
/// and submits its own unit's report, and sees no other unit's.
/// </summary>
public static class ReportingApi
{
    public const string Review = "Review";

    public static void AddReporting(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReportingOptions>().BindConfiguration(ReportingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHostedService<ReportNoticeWatcher>();
    }

    public static void MapReporting(this IEndpointRouteBuilder api)
    {
        var rounds = api.MapGroup("/rounds").WithTags("Reporting").RequireAuthorization(AuthenticationSetup.WriteData);
        rounds.MapPost("/", OpenRound.Handle).RequireAuthorization(Review).WithSummary("Opens a round: a draft report for every unit of the level.");
        rounds.MapGet("/{round}", Get).RequireAuthorization(Review).WithSummary("A round with its completeness and timeliness per unit.");
        rounds.MapGet("/{round}/template.xlsx", TemplateXlsx).WithSummary("The round's Excel template: a row per unit and indicator to fill in.");
        rounds.MapGet("/{round}/template.csv", TemplateCsv).WithSummary("The round's CSV template (UTF-8 with BOM).");
        rounds.MapPost("/{round}/accept", BulkReview.Accept).RequireAuthorization(Review)
            .WithSummary("Accepts many submitted reports of a round {\"units\": [\"P01\", …], \"note\"}: each as alone; refusals named with the reason.");
        rounds.MapPost("/{round}/publish", BulkReview.Publish).RequireAuthorization(Review)
            .WithSummary("Publishes many accepted reports of a round {\"units\": [\"P01\", …]}: each as alone; refusals named with the reason.");
        var report = rounds.MapGroup("/{round}/reports/{unit}");
        report.MapGet("/", Form).WithSummary("A unit's report form: values, definitions, last period's values, targets.");
        report.MapPut("/entries", Save).WithSummary("Saves draft values; each is checked, and a large jump needs a comment.");
        report.MapPost("/submit", Submit).WithSummary("Submits the report for review; every value must be filled in.");
        report.MapPost("/reopen", Reopen).WithSummary("Reopens an accepted report for a correction, with a reason: a new revision.");
        report.MapPost("/return", Return).RequireAuthorization(Review).WithSummary("Returns a submitted report with a comment.");
        report.MapPost("/accept", Accept).RequireAuthorization(Review).WithSummary("Accepts a submitted report: its values are stored and locked.");
        report.MapPost("/publish", Publish).RequireAuthorization(Review).WithSummary("Publishes an accepted report.");
    }

    internal static async Task<Results<Ok<RoundResponse>, ProblemHttpResult>> Get(string round, DxDbContext db, CancellationToken ct) =>
        await db.Rounds.AsNoTracking().SingleOrDefaultAsync(r => r.Code == round, ct) is { } found
            ? TypedResults.Ok(await RoundQueries.DescribeAsync(found, db, ct))
            : RoundNotFound(round);

    /// <param name="unit">Only this unit's rows (an officer's own report), instead of every unit the round asks.</param>
    internal static async Task<Results<FileContentHttpResult, ProblemHttpResult>> TemplateXlsx(string round, string? unit, DxDbContext db, CancellationToken ct) =>
        await TemplateArgumentsAsync(round, db, ct) is { } a
            ? await ImportExport.ImportExportApi.TemplateXlsx(a.Indicators, a.Level, a.Period, null, unit, db, ct)
            : RoundNotFound(round);

    /// <param name="unit">Only this unit's rows (an officer's own report), instead of every unit the round asks.</param>
    internal static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> TemplateCsv(string round, string? unit, DxDbContext db, CancellationToken ct) =>
        await TemplateArgumentsAsync(round, db, ct) is { } a
            ? await ImportExport.ImportExportApi.TemplateCsv(a.Indicators, a.Level, a.Period, null, unit, db, ct)
            : RoundNotFound(round);

    private static async Task<(string Indicators, string Level, string Period)?> TemplateArgumentsAsync(string round, DxDbContext db, CancellationToken ct)
    {
        if (await db.Rounds.AsNoTracking().SingleOrDefaultAsync(r => r.Code == round, ct) is not { } found)
        {
            return null;
        }
        var ids = found.Indicators;
        var codes = await db.Indicators.AsNoTracking().Where(i => ids.Contains(i.Id)).Select(i => i.Code).ToListAsync(ct);
        return (string.Join(',', codes), found.Level.ToString(), found.PeriodCode);
    }

    private static ProblemHttpResult RoundNotFound(string round) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: ReportingText.Texts.Format("UnknownRoundTitle"), detail: ReportingText.Texts.Format("UnknownRound", round));

    internal static async Task<Results<Ok<ReportForm>, ProblemHttpResult>> Form(string round, string unit, ClaimsPrincipal user, DxDbContext db, CancellationToken ct) =>
        await ReportAccess.FindAsync(round, unit, user.ToActor(), db, ct) is { } context
            ? TypedResults.Ok(await ReportForms.BuildAsync(context, db, ct))
            : NotFound(round, unit);

    internal static async Task<Results<Ok<ReportForm>, ValidationProblem, ProblemHttpResult>> Save(
        string round, string unit, EntriesWrite body, ClaimsPrincipal user, DxDbContext db, IOptions<ReportingOptions> options, CancellationToken ct)
    {
        if (await ReportAccess.FindAsync(round, unit, user.ToActor(), db, ct) is not { } context)
        {
            return NotFound(round, unit);
        }
        var errors = await SaveEntries.HandleAsync(context, body, options.Value.JumpFactor, db, ct);
        return errors is null
            ? TypedResults.Ok(await ReportForms.BuildAsync(context, db, ct))
            : TypedResults.ValidationProblem(errors, title: ReportingText.Texts.Format("InvalidValuesTitle"));
    }

    internal static async Task<Results<Ok<ReportForm>, ProblemHttpResult>> Submit(
        string round, string unit, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, ReportChannel monitoring, CancellationToken ct)
    {
        ReportContext? submitted = null;
        var result = await ChangeAsync(round, unit, user, db, async context =>
        {
            SaveEntries.EnsureComplete(context.Round.Indicators, await db.ReportEntries.Where(e => e.ReportId == context.Report.Id).ToListAsync(ct));
            context.Report.Submit(user.ToActor().Name, clock.GetUtcNow().UtcDateTime);
            submitted = context;
        }, ct);
        if (submitted is not null)
        {
            // The figures under review enter the working view; an overdue alert may now be resolved.
            await monitoring.PostAsync(await SubmittedEntries.WorkingFiguresAsync(submitted, db, ct), ct);
        }
        return result;
    }

    internal static async Task<Results<Ok<ReportForm>, ProblemHttpResult>> Return(
        string round, string unit, Remark body, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, ReportChannel monitoring, CancellationToken ct)
    {
        ReportContext? returned = null;
        var result = await ChangeAsync(round, unit, user, db, context =>
        {
            context.Report.Return(body.Text, user.ToActor().Name, clock.GetUtcNow().UtcDateTime);
            returned = context;
            return Task.CompletedTask;
        }, ct);
        if (returned is not null)
        {
            // The returned figures leave the working view: the stored values (if any) are what staff see again.
            await monitoring.PostAsync(await SubmittedEntries.WorkingFiguresAsync(returned, db, ct), ct);
        }
        return result;
    }

    /// <param name="body">An optional acceptance note for the unit (ý kiến thẩm định), kept as the report's review comment.</param>
    internal static Task<Results<Ok<ReportForm>, ProblemHttpResult>> Accept(
        string round, string unit, Remark? body, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, ReportChannel monitoring, CancellationToken ct) =>
        ChangeAsync(round, unit, user, db, context => AcceptReport.HandleAsync(context, user.ToActor(), body?.Text, db, clock, monitoring, ct), ct);

    internal static Task<Results<Ok<ReportForm>, ProblemHttpResult>> Publish(
        string round, string unit, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, ReportChannel monitoring, CancellationToken ct) =>
        ChangeAsync(round, unit, user, db, context => PublishReport.HandleAsync(context, db, clock, monitoring, ct), ct);

    internal static Task<Results<Ok<ReportForm>, ProblemHttpResult>> Reopen(string round, string unit, Remark body, ClaimsPrincipal user, DxDbContext db, CancellationToken ct) =>
        ChangeAsync(round, unit, user, db, context =>
        {
            context.Report.Reopen(body.Text);
            return Task.CompletedTask;
        }, ct);

    private static async Task<Results<Ok<ReportForm>, ProblemHttpResult>> ChangeAsync(
        string round, string unit, ClaimsPrincipal user, DxDbContext db, Func<ReportContext, Task> change, CancellationToken ct)
    {
        if (await ReportAccess.FindAsync(round, unit, user.ToActor(), db, ct) is not { } context)
        {
            return NotFound(round, unit);
        }
        await change(context);
        await db.SaveChangesAsync(ct);
        return TypedResults.Ok(await ReportForms.BuildAsync(context, db, ct));
    }

    private static ProblemHttpResult NotFound(string round, string unit) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: ReportingText.Texts.Format("UnknownReportTitle"), detail: ReportingText.Texts.Format("UnknownReport", unit, round));
}
