using DxMonitor.Domain.Projects;

namespace DxMonitor.Web.Projects;

/// <summary>The columns of an exported list of projects, with Vietnamese headers as the officers read them.</summary>
public static class ProjectSheet
{
    public static readonly IReadOnlyList<string> Headers =
        ["Mã dự án", "Tên dự án", "Mã đơn vị", "Chủ đầu tư", "Tổng mức đầu tư (VND)", "Nguồn vốn", "Bước", "Giai đoạn", "Trạng thái",
         "Kế hoạch vốn (VND)", "Đã giải ngân (VND)", "Cảnh báo"];

    public static IReadOnlyList<object?> Row(ProjectSummary p) =>
        [p.Code, p.Name, p.Unit, p.UnitNameVi, p.TotalBudget, p.Funding.ToString(), p.Step.ToString(), p.Phase.ToString(), p.Status.ToString(),
         p.Planned, p.Disbursed, string.Join("; ", p.Warnings.Select(w => w.Message))];
}
