namespace DxMonitor.Evaluator.Grading;

/// <summary>
/// How an evaluation turns checks into points and a grade, versioned by year like the index methodologies: groups of
/// points, each shared among checks; the lowest score of each grade; and ceilings, findings that hold the grade down
/// whatever the points (a portal with half its links broken is not an A). Chosen by <see cref="Key"/> in
/// <see cref="EvaluatorOptions.GradingDefinition"/>; the built-in ones are in <see cref="GradingDefinitions"/>, others
/// can be configured under Evaluator:CustomDefinitions. Settable properties so configuration can bind it.
/// </summary>
public sealed class GradingDefinition
{
    /// <summary>Stable code of the scheme, e.g. "mic-473".</summary>
    public string Code { get; set; } = "";

    /// <summary>The year the scheme grades.</summary>
    public int Year { get; set; }

    /// <summary>Revision within the year; the highest is used when several are configured for the same year.</summary>
    public int Version { get; set; } = 1;

    /// <summary>Where the scheme comes from (the decision, or "DxMonitor").</summary>
    public string Source { get; set; } = "";

    public List<GradingGroup> Groups { get; set; } = [];

    /// <summary>Lowest score of each grade; below every band is E.</summary>
    public Dictionary<string, double> Bands { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    public List<GradeCeiling> Ceilings { get; set; } = [];

    /// <summary>"code/year", as configured and as an evaluation records it.</summary>
    public string Key => $"{Code}/{Year}";

    /// <summary>Points of a check: the sum over the groups of the group's points times the check's share in it.</summary>
    public double PointsOf(string checkId) =>
        Groups.Sum(g => g.Checks.TryGetValue(checkId, out var share) ? Math.Max(0, share) * Math.Max(0, g.Points) : 0);

    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(Code) || Year < 2000)
        {
            yield return "a definition needs a Code and a Year";
        }
        var total = Groups.Sum(g => g.Points);
        if (Math.Abs(total - 100) > 0.01)
        {
            yield return $"{Key}: the groups' points add up to {total}, not 100";
        }
        foreach (var group in Groups.Where(g => Math.Abs(g.Checks.Values.Sum() - 1) > 0.001))
        {
            yield return $"{Key}: the shares of group '{group.Id}' add up to {group.Checks.Values.Sum()}, not 1";
        }
        if (Bands.Count == 0)
        {
            yield return $"{Key}: no grade bands";
        }
    }
}
