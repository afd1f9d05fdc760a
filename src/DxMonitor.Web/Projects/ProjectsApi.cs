using System.Security.Claims;
using DxMonitor.Data;
using DxMonitor.Domain.Projects;
using DxMonitor.Web.Accounts;
using DxMonitor.Web.Api;
using DxMonitor.Web.ImportExport;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Units;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Projects;

/// <summary>
/// DX investment projects: registration, milestones, plans and disbursement, documents, warnings and roll-ups.
/// Officers see and write their own unit's projects; national analysts and administrators every unit's;
/// leaders read every unit's. Another unit's project is "not found".
/// </summary>
public static class ProjectsApi
{
    public static void AddProjects(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ProjectsOptions>().BindConfiguration(ProjectsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<ProjectQueries>();
        builder.Services.AddSingleton<DocumentStore>();
        builder.Services.AddHostedService<ProjectWarningWatcher>();
    }

    public static void MapProjects(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/projects").WithTags("Projects").RequireAuthorization();
        group.MapGet("/", List).WithSummary("Projects you may see, with their warnings; filter by owner unit, name and warning.");
        group.MapGet("/rollups", Rollups).WithSummary("Projects added up: the total first, then each owner unit.");
        group.MapGet("/export.csv", ExportCsv).WithSummary("The projects as CSV (UTF-8 with BOM).");
        group.MapGet("/export.xlsx", ExportXlsx).WithSummary("The projects as an Excel workbook.");
        group.MapPost("/", Create).RequireAuthorization(AuthenticationSetup.WriteData).WithSummary("Registers a project of a unit you may write.");
        group.MapGet("/{code}", Get).WithSummary("A project with its milestones, plans, documents and warnings.");
        group.MapPut("/{code}", Update).RequireAuthorization(AuthenticationSetup.WriteData).WithSummary("Updates a project; milestones match by name, plans by year.");
        group.MapGet("/{code}/history", History).WithSummary("Every audited change of the project and its parts: who, when, old, new.");
        ProjectDocumentsApi.Map(group, api.ServiceProvider.GetRequiredService<IOptions<ProjectsOptions>>().Value.MaxDocumentBytes);
    }

    /// <param name="unit">Owner unit code.</param>
    /// <param name="search">Words of the name or code; diacritics and case ignored.</param>
    /// <param name="warning">Only projects with this warning: MilestoneOverdue, DisbursementBehindPlan, OverBudget, Idle, DuplicatePlatform.</param>
    /// <param name="page">Page from 1.</param>
    /// <param name="pageSize">Items per page, at most 500.</param>
    internal static async Task<Ok<Paged<ProjectSummary>>> List(
        string? unit, string? search, string? warning, int? page, int? pageSize, ClaimsPrincipal user, DxDbContext db, ProjectQueries queries, CancellationToken ct)
    {
        var paging = PageRequest.From(page, pageSize);
        var (units, list) = await ListAsync(unit, search, warning, user, db, queries, ct);
        return TypedResults.Ok(paging.Of(list.Select(l => queries.Summarise(l, units))));
    }

    /// <param name="unit">Only this owner unit.</param>
    internal static async Task<Ok<List<RollupResponse>>> Rollups(string? unit, ClaimsPrincipal user, DxDbContext db, ProjectQueries queries, CancellationToken ct)
    {
        var (units, list) = await ListAsync(unit, null, null, user, db, queries, ct);
        return TypedResults.Ok(ProjectQueries.Rollups(list, units));
    }

    internal static async Task<FileContentHttpResult> ExportCsv(string? unit, string? search, string? warning, ClaimsPrincipal user, DxDbContext db, ProjectQueries queries, CancellationToken ct)
    {
        var (units, list) = await ListAsync(unit, search, warning, user, db, queries, ct);
        return TableExport.Csv("projects.csv", ProjectSheet.Headers, list.Select(l => ProjectSheet.Row(queries.Summarise(l, units))));
    }

    internal static async Task<FileContentHttpResult> ExportXlsx(string? unit, string? search, string? warning, ClaimsPrincipal user, DxDbContext db, ProjectQueries queries, CancellationToken ct)
    {
        var (units, list) = await ListAsync(unit, search, warning, user, db, queries, ct);
        var bytes = XlsxFormat.Write("Dự án", ProjectSheet.Headers, list.Select(l => ProjectSheet.Row(queries.Summarise(l, units))));
        return TypedResults.File(bytes, XlsxFormat.ContentType, "projects.xlsx");
    }

    internal static async Task<Results<Ok<ProjectDetail>, ProblemHttpResult>> Get(string code, ClaimsPrincipal user, DxDbContext db, ProjectQueries queries, CancellationToken ct)
    {
        var units = await UnitDirectory.LoadAsync(db, ct);
        return await queries.FindAsync(code, ProjectAccess.VisibleUnits(user.ToActor(), units), ct) is { } found
            ? TypedResults.Ok(await queries.DetailAsync(found, units, ct))
            : NotFound(code);
    }

    internal static async Task<Results<Created<ProjectDetail>, ProblemHttpResult>> Create(
        ProjectWrite body, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, ProjectQueries queries, CancellationToken ct)
    {
        var outcome = await SaveProject.ExecuteAsync(null, body, user.ToActor(), db, clock, ct);
        if (outcome is not SaveProject.Done done)
        {
            return Problem(outcome, body.Code);
        }
        var detail = await DetailOfAsync(done.Project.Code, db, queries, ct);
        return TypedResults.Created($"/api/v1/projects/{Uri.EscapeDataString(done.Project.Code)}", detail);
    }

    internal static async Task<Results<Ok<ProjectDetail>, ProblemHttpResult>> Update(
        string code, ProjectWrite body, ClaimsPrincipal user, DxDbContext db, TimeProvider clock, ProjectQueries queries, CancellationToken ct)
    {
        var outcome = await SaveProject.ExecuteAsync(code, body, user.ToActor(), db, clock, ct);
        return outcome is SaveProject.Done done ? TypedResults.Ok(await DetailOfAsync(done.Project.Code, db, queries, ct)) : Problem(outcome, code);
    }

    internal static async Task<Results<Ok<List<ChangeResponse>>, ProblemHttpResult>> History(string code, ClaimsPrincipal user, DxDbContext db, CancellationToken ct)
    {
        var units = await UnitDirectory.LoadAsync(db, ct);
        if (!await db.Projects.VisibleTo(ProjectAccess.VisibleUnits(user.ToActor(), units)).AnyAsync(p => p.Code == code, ct))
        {
            return NotFound(code);
        }
        var subject = $"project/{code}";
        var prefix = subject + "/";
        var changes = await db.RecordChanges.AsNoTracking()
            .Where(c => c.Subject == subject || c.Subject.StartsWith(prefix))
            .OrderBy(c => c.Id)
            .Select(c => new ChangeResponse(c.Subject, c.Action, c.OldValues, c.NewValues, c.ChangedBy, c.ChangedAt))
            .ToListAsync(ct);
        return TypedResults.Ok(changes);
    }

    internal static ProblemHttpResult NotFound(string code) => TypedResults.Problem(
        statusCode: StatusCodes.Status404NotFound, title: ProjectsText.Texts.Format("UnknownProjectTitle"), detail: ProjectsText.Texts.Format("UnknownProject", code));

    private static async Task<ProjectDetail> DetailOfAsync(string code, DxDbContext db, ProjectQueries queries, CancellationToken ct)
    {
        var units = await UnitDirectory.LoadAsync(db, ct);
        var loaded = await queries.FindAsync(code, null, ct) ?? throw new InvalidOperationException($"Project {code} vanished after saving.");
        return await queries.DetailAsync(loaded, units, ct);
    }

    private static async Task<(UnitDirectory Units, List<ProjectQueries.Loaded> Projects)> ListAsync(
        string? unit, string? search, string? warning, ClaimsPrincipal user, DxDbContext db, ProjectQueries queries, CancellationToken ct)
    {
        var units = await UnitDirectory.LoadAsync(db, ct);
        int? unitId = string.IsNullOrWhiteSpace(unit) ? null : units.Require(unit, "unit").Id;
        var kind = Require.Enum<WarningKind>(warning, "warning");
        var list = await queries.ListAsync(ProjectAccess.VisibleUnits(user.ToActor(), units), unitId, search, kind, ct);
        return (units, list);
    }

    private static ProblemHttpResult Problem(SaveProject.Outcome outcome, string code) => outcome switch
    {
        SaveProject.Invalid invalid => invalid.Errors.ToProblem(ProjectsText.Texts.Format("InvalidProjectTitle")),
        SaveProject.Forbidden forbidden => FieldErrors.NotYourUnit(forbidden.Field, forbidden.Unit),
        SaveProject.NotFound => NotFound(code),
        SaveProject.Conflict conflict => TypedResults.Problem(new HttpValidationProblemDetails(new Dictionary<string, string[]> { ["code"] = [conflict.Message] })
        {
            Status = StatusCodes.Status409Conflict,
            Title = ProjectsText.Texts.Format("ProjectExistsTitle"),
        }),
        _ => throw new InvalidOperationException($"Unexpected outcome {outcome.GetType().Name}."),
    };
}
