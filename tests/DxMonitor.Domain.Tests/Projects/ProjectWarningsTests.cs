using DxMonitor.Domain.Projects;

namespace DxMonitor.Domain.Tests.Projects;

public sealed class ProjectWarningsTests
{
    private static readonly DateOnly Today = new(2025, 7, 2); // day 183 of 365: 50.1% of the year gone
    private static readonly DateTime Now = new(2025, 7, 2, 3, 0, 0, DateTimeKind.Utc);

    private static Project Project(decimal budget = 10_000_000_000m, ProjectStatus status = ProjectStatus.Active, DateTime? updated = null, string name = "Hệ thống quản lý văn bản điều hành tỉnh") =>
        new() { Code = "DA-01", Name = name, UnitId = 1, TotalBudget = budget, Status = status, CreatedAt = Now.AddYears(-1), UpdatedAt = updated ?? Now.AddDays(-3) };

    private static ProjectMilestone Milestone(string name, DateOnly due, DateOnly? done = null) =>
        new() { ProjectId = Guid.Empty, ProjectCode = "DA-01", Name = name, DueOn = due, CompletedOn = done };

    private static ProjectYearPlan Plan(int year, decimal planned, decimal disbursed) =>
        new() { ProjectId = Guid.Empty, ProjectCode = "DA-01", Year = year, Planned = planned, Disbursed = disbursed };

    private static IReadOnlyList<ProjectWarning> Evaluate(Project p, IReadOnlyList<ProjectMilestone>? m = null, IReadOnlyList<ProjectYearPlan>? y = null, IReadOnlyList<string>? platforms = null) =>
        ProjectWarnings.Evaluate(p, m ?? [], y ?? [], PlatformMatch.Prepare(platforms ?? []), new WarningSettings(), Today, Now);

    [Fact]
    public void A_healthy_project_has_no_warnings()
    {
        var warnings = Evaluate(Project(), [Milestone("Nghiệm thu", Today.AddDays(30)), Milestone("Phê duyệt thiết kế", Today.AddDays(-10), Today.AddDays(-12))],
            [Plan(2024, 1_000m, 1_000m), Plan(2025, 1_000m, 400m)]);

        Assert.Empty(warnings);
    }

    [Fact]
    public void A_milestone_past_its_date_and_not_done_is_overdue()
    {
        var warnings = Evaluate(Project(), [Milestone("Ký hợp đồng", Today.AddDays(-1)), Milestone("Nghiệm thu", Today)]);

        var overdue = Assert.Single(warnings);
        Assert.Equal((WarningKind.MilestoneOverdue, "Ký hợp đồng", Today.AddDays(-1)), (overdue.Kind, overdue.Subject, overdue.Since));
    }

    [Fact]
    public void Disbursement_behind_the_share_of_the_year_elapsed_less_the_tolerance_is_warned()
    {
        // Half the year gone: 30.1% is the floor with 20 points of tolerance. 25% is behind, 35% is not.
        var behind = Evaluate(Project(), y: [Plan(2025, 1_000m, 250m)]);
        var fine = Evaluate(Project(), y: [Plan(2025, 1_000m, 350m)]);

        var warning = Assert.Single(behind);
        Assert.Equal((WarningKind.DisbursementBehindPlan, "2025", 25.0m, 50.1m), (warning.Kind, warning.Subject, warning.Actual, warning.Expected));
        Assert.Empty(fine);
    }

    [Fact]
    public void A_past_year_not_fully_disbursed_is_behind_and_a_future_year_is_not_judged()
    {
        var warnings = Evaluate(Project(), y: [Plan(2024, 1_000m, 990m), Plan(2026, 1_000m, 0m)]);

        var warning = Assert.Single(warnings);
        Assert.Equal(("2024", 99.0m, 100m), (warning.Subject, warning.Actual, warning.Expected));
    }

    [Fact]
    public void Disbursing_more_than_the_total_budget_is_over_budget_even_for_a_completed_project()
    {
        var warnings = Evaluate(Project(budget: 1_500m, status: ProjectStatus.Completed), y: [Plan(2024, 1_000m, 1_000m), Plan(2025, 1_000m, 600m)]);

        var warning = Assert.Single(warnings);
        Assert.Equal((WarningKind.OverBudget, "disbursed", 1_600m, 1_500m), (warning.Kind, warning.Subject, warning.Actual, warning.Expected));
    }

    [Fact]
    public void Plans_adding_up_to_more_than_the_budget_are_over_budget_before_any_money_is_spent()
    {
        var warnings = Evaluate(Project(budget: 1_500m), y: [Plan(2026, 1_000m, 0m), Plan(2027, 1_000m, 0m)]);

        Assert.Equal("planned", Assert.Single(warnings).Subject);
    }

    [Theory]
    [InlineData(5, false)]
    [InlineData(7, true)]
    public void An_active_project_not_updated_for_more_than_the_configured_months_is_idle(int monthsAgo, bool idle)
    {
        var warnings = Evaluate(Project(updated: Now.AddMonths(-monthsAgo)));

        Assert.Equal(idle, warnings.Any(w => w.Kind == WarningKind.Idle));
    }

    [Fact]
    public void A_suspended_project_is_not_warned_about_milestones_pace_or_idleness()
    {
        var warnings = Evaluate(Project(status: ProjectStatus.Suspended, updated: Now.AddYears(-2)), [Milestone("Ký hợp đồng", Today.AddDays(-100))], [Plan(2024, 1_000m, 0m)]);

        Assert.Empty(warnings);
    }

    [Fact]
    public void A_project_named_like_a_national_platform_is_a_likely_duplicate()
    {
        var warnings = Evaluate(Project(name: "Xây dựng nền tảng học trực tuyến mở đại trà cho cán bộ tỉnh Bắc Giang"),
            platforms: ["Nền tảng học trực tuyến mở đại trà (MOOCs)", "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP)"]);

        var duplicate = Assert.Single(warnings);
        Assert.Equal((WarningKind.DuplicatePlatform, "Nền tảng học trực tuyến mở đại trà (MOOCs)"), (duplicate.Kind, duplicate.Subject));
    }
}
