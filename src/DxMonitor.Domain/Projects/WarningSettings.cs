namespace DxMonitor.Domain.Projects;

/// <summary>
/// The thresholds of the project warnings: months without any change before a project counts as idle,
/// percentage points a year's disbursement may lag behind the share of the year elapsed, and the share of a
/// national platform's name words a project's name must contain to look like a duplicate of it.
/// </summary>
public sealed record WarningSettings(int IdleMonths = 6, decimal DisbursementTolerancePoints = 20m, decimal DuplicateThreshold = 0.5m);
