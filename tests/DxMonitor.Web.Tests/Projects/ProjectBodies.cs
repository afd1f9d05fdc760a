namespace DxMonitor.Web.Tests.Projects;

/// <summary>Project bodies with defaults: a province's e-government project, a year's plan, an open milestone.</summary>
internal static class ProjectBodies
{
    public static readonly int ThisYear = TimeProvider.System.GetUtcNow().Year;

    public static Dictionary<string, object?> Project(string code, string unit = "P01", string name = "Xây dựng Kho dữ liệu số dùng chung của Thành phố",
        object[]? milestones = null, object[]? plans = null, decimal budget = 50_000_000_000m) => new()
        {
            ["code"] = code,
            ["name"] = name,
            ["unit"] = unit,
            ["totalBudget"] = budget,
            ["funding"] = "LocalBudget",
            ["step"] = "ContractorSelection",
            ["status"] = "Active",
            ["decisionNumber"] = "1234/QĐ-UBND",
            ["decisionDate"] = $"{ThisYear - 1}-03-15",
            ["milestones"] = milestones ?? [new { name = "Ký hợp đồng", dueOn = $"{ThisYear + 1}-06-30" }],
            ["plans"] = plans ?? [new { year = ThisYear + 1, planned = 10_000_000_000m, disbursed = 0m }],
        };
}
