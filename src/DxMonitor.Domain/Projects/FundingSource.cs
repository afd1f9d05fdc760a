namespace DxMonitor.Domain.Projects;

/// <summary>Where a project's money comes from (nguồn vốn).</summary>
public enum FundingSource
{
    CentralBudget = 0,
    LocalBudget = 1,
    Oda = 2,
    Other = 3,
}
