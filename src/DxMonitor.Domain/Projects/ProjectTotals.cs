namespace DxMonitor.Domain.Projects;

/// <summary>
/// A roll-up of projects (per unit, per unit with its descendants, or national): how many, money planned and
/// disbursed against budgets, and how many carry each warning.
/// </summary>
public sealed record ProjectTotals(
    int Projects, int Active, decimal TotalBudget, decimal Planned, decimal Disbursed, int WithWarnings,
    IReadOnlyDictionary<WarningKind, int> ByWarning)
{
    /// <summary>Disbursed as a percentage of planned, or null when nothing was planned.</summary>
    public decimal? DisbursementRate => Planned > 0 ? Math.Round(100m * Disbursed / Planned, 1) : null;

    /// <summary>One project's figures: its status, budget, plans and warnings.</summary>
    public sealed record Item(ProjectStatus Status, decimal TotalBudget, decimal Planned, decimal Disbursed, IReadOnlyList<ProjectWarning> Warnings);

    public static ProjectTotals Of(IEnumerable<Item> items)
    {
        var list = items.ToList();
        var byWarning = Enum.GetValues<WarningKind>().ToDictionary(k => k, k => list.Count(i => i.Warnings.Any(w => w.Kind == k)));
        return new ProjectTotals(
            list.Count, list.Count(i => i.Status == ProjectStatus.Active), list.Sum(i => i.TotalBudget), list.Sum(i => i.Planned),
            list.Sum(i => i.Disbursed), list.Count(i => i.Warnings.Count > 0), byWarning);
    }
}
