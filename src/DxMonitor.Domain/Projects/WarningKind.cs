namespace DxMonitor.Domain.Projects;

/// <summary>What can be wrong with a project (cảnh báo dự án).</summary>
public enum WarningKind
{
    MilestoneOverdue = 0,
    DisbursementBehindPlan = 1,
    OverBudget = 2,
    Idle = 3,
    DuplicatePlatform = 4,
}
