using DxMonitor.Data;
using DxMonitor.Domain.Periods;
using DxMonitor.Domain.Projects;
using DxMonitor.Domain.Registries;
using DxMonitor.Domain.Text;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace DxMonitor.Web.Projects;

/// <summary>Reads of projects shared by the API and the pages: lists with warnings, one project, roll-ups.</summary>
public sealed class ProjectQueries(DxDbContext db, TimeProvider clock, IOptions<ProjectsOptions> options, IStringLocalizer<ProjectsText> text)
{
    /// <summary>A project with its parts and its warnings, as the queries load it.</summary>
    public sealed record Loaded(Project Project, IReadOnlyList<ProjectMilestone> Milestones, IReadOnlyList<ProjectYearPlan> Plans, IReadOnlyList<ProjectWarning> Warnings);

    /// <summary>The projects of the given units (null: all), optionally filtered by owner unit, folded name and warning.</summary>
    public async Task<List<Loaded>> ListAsync(HashSet<int>? visible, int? unitId, string? search, WarningKind? warning, CancellationToken ct)
    {
        var query = db.Projects.AsNoTracking().VisibleTo(visible);
        if (unitId is { } u)
        {
            query = query.Where(p => p.UnitId == u);
        }
        var folded = SearchText.Fold(search);
        if (folded.Length > 0)
        {
            var code = folded.ToUpperInvariant();
            query = query.Where(p => p.NameFolded.Contains(folded) || p.Code.Contains(code));
        }
        var projects = await query.OrderBy(p => p.Code).ToListAsync(ct);
        var loaded = await LoadPartsAsync(projects, query.Select(p => p.Id), ct);
        return warning is { } kind ? [.. loaded.Where(l => l.Warnings.Any(w => w.Kind == kind))] : loaded;
    }

    public async Task<Loaded?> FindAsync(string code, HashSet<int>? visible, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().VisibleTo(visible).SingleOrDefaultAsync(p => p.Code == code, ct);
        return project is null ? null : (await LoadPartsAsync([project], db.Projects.Where(p => p.Id == project.Id).Select(p => p.Id), ct))[0];
    }

    public ProjectSummary Summarise(Loaded loaded, UnitDirectory units)
    {
        var p = loaded.Project;
        var unit = units.ById[p.UnitId];
        return new ProjectSummary(p.Code, p.Name, unit.Code, unit.NameVi, p.TotalBudget, p.Funding, p.Step, p.Phase, p.Status,
            loaded.Plans.Sum(x => x.Planned), loaded.Plans.Sum(x => x.Disbursed), [.. loaded.Warnings.Select(Describe)]);
    }

    public async Task<ProjectDetail> DetailAsync(Loaded loaded, UnitDirectory units, CancellationToken ct)
    {
        var p = loaded.Project;
        var documents = await db.ProjectDocuments.AsNoTracking().Where(d => d.ProjectId == p.Id).OrderBy(d => d.UploadedAt).ToListAsync(ct);
        return new ProjectDetail(Summarise(loaded, units), p.DecisionNumber, p.DecisionDate, p.CreatedAt, p.UpdatedAt,
            [.. loaded.Milestones.OrderBy(m => m.DueOn).Select(m => new MilestoneResponse(m.Name, m.DueOn, m.CompletedOn))],
            [.. loaded.Plans.OrderBy(x => x.Year).Select(x => new PlanResponse(x.Year, x.Planned, x.Disbursed))],
            [.. documents.Select(d => new DocumentResponse(d.Id, d.FileName, d.Kind, d.Size, d.Sha256, d.UploadedBy, d.UploadedAt))]);
    }

    /// <summary>Each owner unit's projects added up, and the total of all (the first row, with no unit).</summary>
    public static List<RollupResponse> Rollups(IReadOnlyList<Loaded> projects, UnitDirectory units)
    {
        static ProjectTotals Totals(IEnumerable<Loaded> items) => ProjectTotals.Of(items.Select(l => new ProjectTotals.Item(
            l.Project.Status, l.Project.TotalBudget, l.Plans.Sum(p => p.Planned), l.Plans.Sum(p => p.Disbursed), l.Warnings)));
        static RollupResponse Row(string? unit, string? name, ProjectTotals t) => new(unit, name, t.Projects, t.Active, t.TotalBudget,
            t.Planned, t.Disbursed, t.DisbursementRate, t.WithWarnings, t.ByWarning);
        var rows = new List<RollupResponse> { Row(null, null, Totals(projects)) };
        rows.AddRange(UnitDirectory.InDisplayOrder(projects.Select(p => units.ById[p.Project.UnitId]).DistinctBy(u => u.Id))
            .Select(u => Row(u.Code, u.NameVi, Totals(projects.Where(p => p.Project.UnitId == u.Id)))));
        return rows;
    }

    public WarningResponse Describe(ProjectWarning w) => new(w.Kind, w.Subject, w.Actual, w.Expected, w.Since, w.Kind switch
    {
        WarningKind.MilestoneOverdue => text["Warning_MilestoneOverdue", w.Subject, Layout.Display.Date(w.Since)],
        WarningKind.DisbursementBehindPlan => text["Warning_DisbursementBehindPlan", w.Subject, Layout.Display.Number((double?)w.Actual), Layout.Display.Number((double?)w.Expected)],
        WarningKind.OverBudget => text[$"Warning_OverBudget_{w.Subject}", Layout.Display.Number((double?)w.Actual), Layout.Display.Number((double?)w.Expected)],
        WarningKind.Idle => text["Warning_Idle", Layout.Display.Date(w.Since), options.Value.IdleMonths],
        WarningKind.DuplicatePlatform => text["Warning_DuplicatePlatform", w.Subject, Layout.Display.Number((double?)w.Actual)],
        _ => w.Kind.ToString(),
    });

    /// <summary>Loads the parts of <paramref name="projects"/>, selected again by <paramref name="ids"/> as a subquery (no list of ids sent).</summary>
    private async Task<List<Loaded>> LoadPartsAsync(List<Project> projects, IQueryable<Guid> ids, CancellationToken ct)
    {
        var milestones = (await db.ProjectMilestones.AsNoTracking().Where(m => ids.Contains(m.ProjectId)).ToListAsync(ct)).ToLookup(m => m.ProjectId);
        var plans = (await db.ProjectYearPlans.AsNoTracking().Where(p => ids.Contains(p.ProjectId)).ToListAsync(ct)).ToLookup(p => p.ProjectId);
        var platforms = PlatformMatch.Prepare(await db.RegistryEntries.AsNoTracking().Where(e => e.Registry == RegistryCatalogue.Platforms).Select(e => e.Name).ToListAsync(ct));
        var today = VietnamCalendar.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        return [.. projects.Select(p =>
        {
            var m = milestones[p.Id].ToList();
            var y = plans[p.Id].ToList();
            return new Loaded(p, m, y, ProjectWarnings.Evaluate(p, m, y, platforms, options.Value.Warnings, today, now));
        })];
    }
}
