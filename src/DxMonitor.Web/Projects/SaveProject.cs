using DxMonitor.Data;
using DxMonitor.Domain.Access;
using DxMonitor.Domain.Projects;
using DxMonitor.Domain.Text;
using DxMonitor.Domain.Units;
using DxMonitor.Web.Api;
using DxMonitor.Web.Resources;
using DxMonitor.Web.Units;
using Microsoft.EntityFrameworkCore;

namespace DxMonitor.Web.Projects;

/// <summary>
/// Registers a project or updates one: every field is checked (errors name the field, e.g.
/// "milestones[2].dueOn"), the writer must be allowed to write the owner unit (and, on a change of owner,
/// the old one), and the project with its milestones and plans is saved in one SaveChanges, audited.
/// </summary>
public static class SaveProject
{
    public abstract record Outcome;
    public sealed record Invalid(FieldErrors Errors) : Outcome;
    public sealed record Forbidden(string Field, string Unit) : Outcome;
    public sealed record NotFound : Outcome;
    public sealed record Conflict(string Message) : Outcome;
    public sealed record Done(Project Project, bool Created) : Outcome;

    /// <param name="code">The project to update, or null to register a new one.</param>
    public static async Task<Outcome> ExecuteAsync(string? code, ProjectWrite write, Actor actor, DxDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var units = await UnitDirectory.LoadAsync(db, ct);
        var project = code is null ? null : await db.Projects.SingleOrDefaultAsync(p => p.Code == code, ct);
        if (code is not null && (project is null || !ProjectAccess.CanWrite(actor, project.UnitId, units)))
        {
            return new NotFound();
        }
        var errors = Check(write, code, units);
        var unit = units.ByCode.GetValueOrDefault(write.Unit);
        if (unit is not null && !ProjectAccess.CanWrite(actor, unit.Id, units))
        {
            return new Forbidden("unit", unit.Code);
        }
        if (errors.Count > 0 || unit is null)
        {
            return new Invalid(errors);
        }
        if (project is null && await db.Projects.AnyAsync(p => p.Code == write.Code, ct))
        {
            return new Conflict(ProjectsText.Texts.Format("ProjectExists", write.Code));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var created = project is null;
        project ??= db.Projects.Add(new Project { Code = write.Code, Name = write.Name, UnitId = unit.Id, TotalBudget = write.TotalBudget, CreatedAt = now, UpdatedAt = now }).Entity;
        project.Name = write.Name.Trim();
        project.NameFolded = SearchText.Fold(write.Name);
        project.UnitId = unit.Id;
        project.DecisionNumber = string.IsNullOrWhiteSpace(write.DecisionNumber) ? null : write.DecisionNumber.Trim();
        project.DecisionDate = write.DecisionDate;
        project.TotalBudget = write.TotalBudget;
        project.Funding = write.Funding;
        project.Step = write.Step;
        project.Status = write.Status;
        await ReplacePartsAsync(project, write, db, ct);
        if (db.ChangeTracker.HasChanges())
        {
            // Only a real change counts as activity: re-sending the same project does not reset "idle".
            project.UpdatedAt = now;
        }
        await db.SaveChangesAsync(ct);
        return new Done(project, created);
    }

    private static FieldErrors Check(ProjectWrite write, string? code, UnitDirectory units)
    {
        var errors = new FieldErrors();
        if (code is null && !PublicCode.IsValid(write.Code))
        {
            errors.Add("code", PublicCode.Describe("project", write.Code));
        }
        if (code is not null && write.Code != code)
        {
            errors.Add("code", ProjectsText.Texts.Format("CodeCannotChange", code));
        }
        if (string.IsNullOrWhiteSpace(write.Name) || write.Name.Trim().Length > 500)
        {
            errors.Add("name", ProjectsText.Texts.Format("NameRequired"));
        }
        if (write.DecisionNumber?.Trim().Length > 100)
        {
            errors.Add("decisionNumber", ProjectsText.Texts.Format("DecisionNumberTooLong"));
        }
        if (!units.ByCode.TryGetValue(write.Unit, out var unit))
        {
            errors.Add("unit", ProjectsText.Texts.Format("UnknownUnit", write.Unit));
        }
        else if (unit.Level is not (UnitLevel.Ministry or UnitLevel.Province or UnitLevel.Nation))
        {
            errors.Add("unit", ProjectsText.Texts.Format("OwnerLevel", unit.Code, unit.Level.InWords()));
        }
        if (write.TotalBudget is <= 0 or > 1_000_000_000_000_000m)
        {
            errors.Add("totalBudget", ProjectsText.Texts.Format("BudgetRange"));
        }
        CheckEnum(errors, "funding", write.Funding);
        CheckEnum(errors, "step", write.Step);
        CheckEnum(errors, "status", write.Status);
        var milestones = write.Milestones ?? [];
        for (var i = 0; i < milestones.Count; i++)
        {
            var m = milestones[i];
            if (string.IsNullOrWhiteSpace(m.Name) || m.Name.Trim().Length > 300)
            {
                errors.Add($"milestones[{i}].name", ProjectsText.Texts.Format("MilestoneNameRequired"));
            }
            else if (milestones.Take(i).Any(o => string.Equals(o.Name.Trim(), m.Name.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                errors.Add($"milestones[{i}].name", ProjectsText.Texts.Format("MilestoneTwice", m.Name));
            }
        }
        var plans = write.Plans ?? [];
        for (var i = 0; i < plans.Count; i++)
        {
            var p = plans[i];
            if (p.Year is < 1990 or > 2100)
            {
                errors.Add($"plans[{i}].year", ProjectsText.Texts.Format("YearRange", p.Year));
            }
            else if (plans.Take(i).Any(o => o.Year == p.Year))
            {
                errors.Add($"plans[{i}].year", ProjectsText.Texts.Format("YearTwice", p.Year));
            }
            if (p.Planned is < 0 or > 1_000_000_000_000_000m)
            {
                errors.Add($"plans[{i}].planned", ProjectsText.Texts.Format("PlannedRange"));
            }
            if (p.Disbursed is < 0 or > 1_000_000_000_000_000m)
            {
                errors.Add($"plans[{i}].disbursed", ProjectsText.Texts.Format("DisbursedRange"));
            }
        }
        return errors;
    }

    private static void CheckEnum<TEnum>(FieldErrors errors, string field, TEnum value) where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            errors.Add(field, ProjectsText.Texts.Format("NotOneOf", value, string.Join(", ", Enum.GetNames<TEnum>())));
        }
    }

    /// <summary>Milestones are matched by name and plans by year; unchanged ones stay as they are (no audit noise).</summary>
    private static async Task ReplacePartsAsync(Project project, ProjectWrite write, DxDbContext db, CancellationToken ct)
    {
        var milestones = await db.ProjectMilestones.Where(m => m.ProjectId == project.Id).ToListAsync(ct);
        var wanted = (write.Milestones ?? []).ToDictionary(m => m.Name.Trim(), StringComparer.OrdinalIgnoreCase);
        db.ProjectMilestones.RemoveRange(milestones.Where(m => !wanted.ContainsKey(m.Name)));
        foreach (var (name, m) in wanted)
        {
            var existing = milestones.FirstOrDefault(x => string.Equals(x.Name, name, StringComparison.OrdinalIgnoreCase));
            if (existing is null)
            {
                db.ProjectMilestones.Add(new ProjectMilestone { ProjectId = project.Id, ProjectCode = project.Code, Name = name, DueOn = m.DueOn, CompletedOn = m.CompletedOn });
                continue;
            }
            (existing.Name, existing.DueOn, existing.CompletedOn) = (name, m.DueOn, m.CompletedOn);
        }
        var plans = await db.ProjectYearPlans.Where(p => p.ProjectId == project.Id).ToListAsync(ct);
        var years = (write.Plans ?? []).ToDictionary(p => p.Year);
        db.ProjectYearPlans.RemoveRange(plans.Where(p => !years.ContainsKey(p.Year)));
        foreach (var (year, p) in years)
        {
            var existing = plans.FirstOrDefault(x => x.Year == year);
            if (existing is null)
            {
                db.ProjectYearPlans.Add(new ProjectYearPlan { ProjectId = project.Id, ProjectCode = project.Code, Year = year, Planned = p.Planned, Disbursed = p.Disbursed });
                continue;
            }
            (existing.Planned, existing.Disbursed) = (p.Planned, p.Disbursed);
        }
    }
}
