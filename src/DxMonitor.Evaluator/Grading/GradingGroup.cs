namespace DxMonitor.Evaluator.Grading;

/// <summary>A group of the grading scheme (e.g. "security", 15 points) and the share of it each check carries (shares add up to 1).</summary>
public sealed class GradingGroup
{
    public string Id { get; set; } = "";

    public double Points { get; set; }

    public Dictionary<string, double> Checks { get; set; } = new(StringComparer.OrdinalIgnoreCase);
}
