using DxMonitor.Domain.Access;

namespace DxMonitor.Domain.Projects;

/// <summary>A dated milestone of a project (mốc tiến độ); overdue when its date passed without completion.</summary>
public sealed class ProjectMilestone : IAuditedRecord
{
    public Guid Id { get; init; } = Guid.NewGuid();
    public required Guid ProjectId { get; init; }
    public required string ProjectCode { get; init; }
    public required string Name { get; set; }
    public required DateOnly DueOn { get; set; }
    public DateOnly? CompletedOn { get; set; }

    public string AuditSubject => $"project/{ProjectCode}/milestone/{Id}";
}
