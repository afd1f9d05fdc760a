namespace DxMonitor.Evaluator.Grading;

/// <summary>
/// A finding that holds the grade at <see cref="Highest"/> at best whatever the points: e.g. "links-half-broken" → B.
/// Points alone cannot say it, since a defect can cost few points in a small group and still make the portal unfit
/// for the grade.
/// </summary>
public sealed class GradeCeiling
{
    /// <summary>The finding's code (any check).</summary>
    public string Code { get; set; } = "";

    /// <summary>The best grade a portal with that finding can get.</summary>
    public string Highest { get; set; } = "";
}
