using System.ComponentModel.DataAnnotations;

namespace DxMonitor.Web.Monitoring;

/// <summary>The monitoring engine's schedule, and alert timing (the indexes' methodologies are stored, see Methodologies) (section "Monitoring").</summary>
public sealed class MonitoringOptions
{
    public const string Section = "Monitoring";

    /// <summary>Minutes between scheduled passes (deadlines and trajectories change with the date alone).</summary>
    [Range(1, 1440)]
    public int IntervalMinutes { get; set; } = 15;

    [Range(0, 365)]
    public int OverdueGraceDays { get; set; } = 15;

    public bool OverdueAlerts { get; set; } = true;

    /// <summary>
    /// What makes a report overdue: <see cref="OverdueSource.Rounds"/> (default), a round's due date passed with
    /// the unit's report not submitted; or <see cref="OverdueSource.Calendar"/>, a period's end plus
    /// <see cref="OverdueGraceDays"/> passed with values missing, for deployments that report without rounds.
    /// </summary>
    public OverdueSource OverdueFrom { get; set; } = OverdueSource.Rounds;
    public bool OutlierAlerts { get; set; } = true;

    [Range(0, 100_000)]
    public int PendingMinutes { get; set; }

    [Range(1, 100)]
    public int ClearAfterEvaluations { get; set; } = 2;

    [Range(1, 10_000)]
    public int EscalateAfterHours { get; set; } = 72;

    [Range(0, 5)]
    public int MaxEscalations { get; set; } = 2;

    /// <summary>First year the engine holds; earlier values are not loaded.</summary>
    [Range(1990, 2100)]
    public int FirstYear { get; set; } = 2020;
}

/// <summary>Where the overdue-report rule takes its deadlines from.</summary>
public enum OverdueSource
{
    Rounds = 0,
    Calendar = 1,
}
