using System.ComponentModel.DataAnnotations;

namespace DxMonitor.Web.Portals;

/// <summary>
/// Scheduling of portal evaluations (section "Portals"). The evaluator's own limits, weights and grade bands are
/// in the "Evaluator" section (<see cref="Evaluator.EvaluatorOptions"/>).
/// </summary>
public sealed class PortalsOptions
{
    public const string Section = "Portals";

    /// <summary>Whether the scheduler runs; on-demand evaluation works either way.</summary>
    public bool ScheduleEnabled { get; set; } = true;

    /// <summary>A portal is evaluated again by the scheduler once its last evaluation is this old.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00")]
    public TimeSpan EvaluateEvery { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often the scheduler looks for portals due; the first look is one period after start.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan CheckEvery { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>Portals the scheduler takes per look (evaluated at most Evaluator:MaxConcurrency at a time).</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 20;
}
