using DxMonitor.Domain.Access;

namespace DxMonitor.Domain.Projects;

/// <summary>A project's capital plan for a year (kế hoạch vốn) and what was disbursed of it (giải ngân).</summary>
public sealed class ProjectYearPlan : IAuditedRecord
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid ProjectId { get; init; }
    public required string ProjectCode { get; init; }
    public required int Year { get; init; }
    public required decimal Planned { get; set; }
    public decimal Disbursed { get; set; }

    public string AuditSubject => $"project/{ProjectCode}/plan/{Year}";
}
