namespace DxMonitor.Domain.Projects;

/// <summary>Whether a project is going on; only active projects are warned about.</summary>
public enum ProjectStatus
{
    Active = 0,
    Suspended = 1,
    Completed = 2,
    Cancelled = 3,
}
