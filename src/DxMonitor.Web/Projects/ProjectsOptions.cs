using System.ComponentModel.DataAnnotations;
using DxMonitor.Domain.Projects;

namespace DxMonitor.Web.Projects;

public sealed class ProjectsOptions
{
    public const string Section = "Projects";

    /// <summary>Months without any change before an active project is warned about as idle.</summary>
    [Range(1, 120)]
    public int IdleMonths { get; set; } = 6;

    /// <summary>Percentage points the year's disbursement may lag behind the share of the year elapsed.</summary>
    [Range(0, 100)]
    public decimal DisbursementTolerancePoints { get; set; } = 20m;

    /// <summary>Share (0-1) of a national platform's distinctive name words that make a project look like a duplicate.</summary>
    [Range(0.1, 1.0)]
    public decimal DuplicateThreshold { get; set; } = 0.5m;

    /// <summary>Largest document accepted, in bytes (larger: 413).</summary>
    [Range(1024, 1_073_741_824)]
    public long MaxDocumentBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Where documents are stored, relative to the content root; never under wwwroot.</summary>
    [Required]
    public string DocumentFolder { get; set; } = "data/documents";

    /// <summary>Minutes between checks that turn the projects' warnings into alerts (<see cref="ProjectWarningWatcher"/>).</summary>
    [Range(1, 1440)]
    public int WarningCheckMinutes { get; set; } = 60;

    /// <summary>Days an active project's oldest open milestone may be overdue before its alert turns critical.</summary>
    [Range(0, 3650)]
    public int MilestoneCriticalDays { get; set; } = 90;

    public WarningSettings Warnings => new(IdleMonths, DisbursementTolerancePoints, DuplicateThreshold);
}
