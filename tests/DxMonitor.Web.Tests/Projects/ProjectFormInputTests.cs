using DxMonitor.Web.Api;
using DxMonitor.Web.Projects;

namespace DxMonitor.Web.Tests.Projects;

public sealed class ProjectFormInputTests
{
    [Fact]
    public void Errors_name_the_forms_rows_even_when_blank_rows_come_first()
    {
        var input = new ProjectFormInput
        {
            Milestones = [new(), new() { Name = "Ký hợp đồng", DueOn = "2026-01-01" }, new(), new() { Name = "ký hợp đồng", DueOn = "2026-02-01" }],
            Plans = [new(), new() { Year = "2026", Planned = "5" }],
        };

        var keys = input.ToFormKeys(new() { ["milestones[1].name"] = ["twice"], ["plans[0].year"] = ["year"], ["code"] = ["code"] });

        Assert.Equal(["milestones[3].name", "plans[1].year", "code"], keys.Keys);
    }

    [Fact]
    public void What_cannot_be_read_is_named_by_the_forms_row()
    {
        var errors = new FieldErrors();
        var input = new ProjectFormInput
        {
            Code = "DA-1",
            Name = "Dự án",
            Unit = "P01",
            TotalBudget = "12,5 tỷ",
            Milestones = [new(), new() { Name = "Nghiệm thu", DueOn = "30/06/2026" }],
        };

        input.ToWrite(errors);

        Assert.Equal(["milestones[1].dueOn", "totalBudget"], errors.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }
}
