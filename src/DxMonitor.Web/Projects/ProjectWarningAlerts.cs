using System.Globalization;
using DxMonitor.Domain.Alerts;
using DxMonitor.Domain.Projects;

namespace DxMonitor.Web.Projects;

/// <summary>
/// Turns an active project's warnings into alert candidates: one per project, owner unit and warning kind, its
/// summary the projects page's sentences in Vietnamese and in English, its evidence the subjects and figures.
/// </summary>
public static class ProjectWarningAlerts
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>
    /// The stable key of a project's alert of one kind; the owner unit is part of it, so moving a project to
    /// another unit resolves the old unit's alert and opens one in the new unit's inbox.
    /// </summary>
    public static string Fingerprint(Project project, WarningKind kind) =>
        string.Create(CultureInfo.InvariantCulture, $"project-warning:{project.Id}:{kind}:{project.UnitId}");

    /// <summary>
    /// Over budget is critical (spending beyond the approved total investment needs an adjusted decision);
    /// an overdue milestone is a warning until the oldest is more than <paramref name="criticalDays"/> late;
    /// disbursement behind plan and idle projects are warnings; a likely duplicate platform, a guess from the
    /// name, is information.
    /// </summary>
    public static AlertSeverity Severity(WarningKind kind, IReadOnlyList<ProjectWarning> warnings, DateOnly today, int criticalDays) => kind switch
    {
        WarningKind.OverBudget => AlertSeverity.Critical,
        WarningKind.MilestoneOverdue when warnings.Any(w => DaysLate(w, today) > criticalDays) => AlertSeverity.Critical,
        WarningKind.DuplicatePlatform => AlertSeverity.Info,
        _ => AlertSeverity.Warning,
    };

    public static IEnumerable<AlertCandidate> Candidates(ProjectQueries.Loaded loaded, ProjectQueries queries, DateOnly today, int criticalDays)
    {
        var project = loaded.Project;
        if (project.Status != ProjectStatus.Active)
        {
            yield break;
        }
        foreach (var group in loaded.Warnings.GroupBy(w => w.Kind))
        {
            var warnings = group.ToList();
            yield return new AlertCandidate(Fingerprint(project, group.Key), AlertRule.ProjectWarning,
                Severity(group.Key, warnings, today, criticalDays), project.UnitId, null, null,
                In(Vietnamese, () => $"Dự án {project.Code} \"{project.Name}\": {Sentences(warnings, queries, today, "Quá hạn {0} ngày.")}"),
                In(English, () => $"Project {project.Code} \"{project.Name}\": {Sentences(warnings, queries, today, "{0} days late.")}"),
                $"{project.Code} · {Resources.ProjectsText.Texts.FormatIn(Vietnamese, $"WarningKind_{group.Key}")} · {string.Join("; ", warnings.Select(w => Evidence(w, today)))}");
        }
    }

    private static string Sentences(List<ProjectWarning> warnings, ProjectQueries queries, DateOnly today, string late) =>
        string.Join(" ", warnings.Select(w => w.Kind == WarningKind.MilestoneOverdue
            ? $"{queries.Describe(w).Message} {string.Format(CultureInfo.CurrentCulture, late, DaysLate(w, today))}"
            : queries.Describe(w).Message));

    private static string Evidence(ProjectWarning w, DateOnly today)
    {
        var parts = new List<string> { w.Subject };
        if (w.Actual is { } actual)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"thực tế {actual}"));
        }
        if (w.Expected is { } expected)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"dự kiến {expected}"));
        }
        if (w.Since is { } since)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"từ {since:dd/MM/yyyy}"));
        }
        if (w.Kind == WarningKind.MilestoneOverdue)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"quá hạn {DaysLate(w, today)} ngày"));
        }
        return string.Join(", ", parts);
    }

    private static int DaysLate(ProjectWarning w, DateOnly today) => w.Since is { } since ? today.DayNumber - since.DayNumber : 0;

    /// <summary>Runs <paramref name="text"/> with <paramref name="culture"/> as the current culture (the localizer and number formats follow it).</summary>
    private static string In(CultureInfo culture, Func<string> text)
    {
        var (current, currentUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
            return text();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (current, currentUi);
        }
    }
}
