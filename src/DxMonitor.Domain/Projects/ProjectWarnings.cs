namespace DxMonitor.Domain.Projects;

/// <summary>
/// The project warnings, as pure functions of a project, its milestones and plans, the national platforms'
/// names and the date: milestone overdue, disbursement behind plan, spending over budget, idle for N months,
/// likely duplicate of a national platform. Suspended, completed and cancelled projects are warned only of
/// spending over budget.
/// </summary>
public static class ProjectWarnings
{
    public static IReadOnlyList<ProjectWarning> Evaluate(
        Project project, IReadOnlyList<ProjectMilestone> milestones, IReadOnlyList<ProjectYearPlan> plans,
        IReadOnlyList<PlatformMatch.Platform> platforms, WarningSettings settings, DateOnly today, DateTime nowUtc)
    {
        var warnings = new List<ProjectWarning>();
        var active = project.Status == ProjectStatus.Active;
        if (active)
        {
            warnings.AddRange(milestones
                .Where(m => m.CompletedOn is null && m.DueOn < today)
                .OrderBy(m => m.DueOn)
                .Select(m => new ProjectWarning(WarningKind.MilestoneOverdue, m.Name, Since: m.DueOn)));
            warnings.AddRange(plans.OrderBy(p => p.Year).Select(p => BehindPlan(p, settings, today)).OfType<ProjectWarning>());
        }
        warnings.AddRange(OverBudget(project, plans));
        if (active && project.UpdatedAt.AddMonths(settings.IdleMonths) < nowUtc)
        {
            warnings.Add(new ProjectWarning(WarningKind.Idle, project.Code, Since: DateOnly.FromDateTime(project.UpdatedAt)));
        }
        if (active)
        {
            var words = PlatformMatch.Words(project.Name);
            warnings.AddRange(platforms
                .Select(p => (p.Name, Score: PlatformMatch.Score(words, p.Words)))
                .Where(m => m.Score >= settings.DuplicateThreshold)
                .OrderByDescending(m => m.Score)
                .Select(m => new ProjectWarning(WarningKind.DuplicatePlatform, m.Name, Actual: Math.Round(m.Score * 100, 0))));
        }
        return warnings;
    }

    /// <summary>
    /// A past year's plan must be fully disbursed; the current year's is expected to follow the share of the
    /// year elapsed (linear), less the tolerance. Figures are percentages of the year's plan.
    /// </summary>
    internal static ProjectWarning? BehindPlan(ProjectYearPlan plan, WarningSettings settings, DateOnly today)
    {
        if (plan.Planned <= 0 || plan.Year > today.Year)
        {
            return null;
        }
        var actual = Math.Round(100m * plan.Disbursed / plan.Planned, 1);
        var elapsed = plan.Year < today.Year ? 100m : Math.Round(100m * today.DayOfYear / (DateTime.IsLeapYear(today.Year) ? 366 : 365), 1);
        var expected = plan.Year < today.Year ? 100m : elapsed - settings.DisbursementTolerancePoints;
        var label = plan.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return actual < expected ? new ProjectWarning(WarningKind.DisbursementBehindPlan, label, actual, elapsed) : null;
    }

    private static IEnumerable<ProjectWarning> OverBudget(Project project, IReadOnlyList<ProjectYearPlan> plans)
    {
        var disbursed = plans.Sum(p => p.Disbursed);
        var planned = plans.Sum(p => p.Planned);
        if (disbursed > project.TotalBudget)
        {
            yield return new ProjectWarning(WarningKind.OverBudget, "disbursed", disbursed, project.TotalBudget);
        }
        else if (planned > project.TotalBudget)
        {
            yield return new ProjectWarning(WarningKind.OverBudget, "planned", planned, project.TotalBudget);
        }
    }
}
