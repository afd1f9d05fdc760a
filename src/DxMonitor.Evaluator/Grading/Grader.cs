namespace DxMonitor.Evaluator.Grading;

/// <summary>
/// Turns check results into a 0-100 score and a grade under a <see cref="GradingDefinition"/>. Each check owns the
/// points its groups give it; its findings take away penalty × points, at most its points. Points are rescaled to sum
/// to 100 over the measured checks, so leaving the browser out does not cap the score. The grade is the band the score
/// reaches, held down by the definition's ceilings when one of their findings is present.
/// </summary>
public static class Grader
{
    public const string GradeCheckId = "grade";

    public static GradeSheet Grade(IReadOnlyList<CheckResult> results, GradingDefinition definition)
    {
        var measuredWeight = results.Where(r => r.Measured).Sum(r => definition.PointsOf(r.CheckId));
        var scale = measuredWeight > 0 ? 100 / measuredWeight : 0;
        var checks = new List<CheckScore>();
        var deductions = new List<Deduction>();
        foreach (var result in results)
        {
            if (!result.Measured)
            {
                checks.Add(new CheckScore(result.CheckId, 0, 0, false, result.NotMeasuredReason));
                continue;
            }
            var weight = definition.PointsOf(result.CheckId) * scale;
            var left = weight;
            foreach (var finding in result.Findings.OrderByDescending(f => f.Penalty))
            {
                var points = Math.Min(left, Math.Clamp(finding.Penalty, 0, 1) * weight);
                left -= points;
                deductions.Add(new Deduction(result.CheckId, finding.Code, Round(points), EnglishPhrases.Render(finding.Message)!, finding.Evidence, finding.Arguments ?? [])); // Render keeps a string a string
            }
            checks.Add(new CheckScore(result.CheckId, Round(weight), Round(left), true, null));
        }
        var score = Math.Round(checks.Sum(c => c.Points), 1, MidpointRounding.AwayFromZero);
        var grade = GradeOf(score, definition.Bands);
        foreach (var ceiling in definition.Ceilings)
        {
            var cause = results.SelectMany(r => r.Findings).FirstOrDefault(f => f.Code == ceiling.Code);
            if (cause is not null && Rank(ceiling.Highest, definition.Bands) < Rank(grade, definition.Bands))
            {
                grade = ceiling.Highest.ToUpperInvariant();
                deductions.Add(new Deduction(GradeCheckId, "grade-held", 0, $"Grade held at {grade} at best: {EnglishPhrases.Render(cause.Message)}", cause.Evidence, [grade, cause.Code]));
            }
        }
        var measured = checks.Where(c => c.Measured).ToDictionary(c => c.CheckId, StringComparer.OrdinalIgnoreCase);
        var groups = definition.Groups.Select(g =>
        {
            var parts = g.Checks.Where(c => measured.ContainsKey(c.Key))
                .Select(c => (Weight: Math.Max(0, c.Value) * Math.Max(0, g.Points) * scale, measured[c.Key])).ToList();
            return new GroupScore(g.Id, Round(parts.Sum(p => p.Weight)), Round(parts.Sum(p => p.Item2.Weight > 0 ? p.Weight * p.Item2.Points / p.Item2.Weight : 0)));
        }).ToList();
        return new GradeSheet(score, grade, checks, groups, deductions);
    }

    /// <summary>The grade of the highest band whose lowest score the score reaches; E below every band.</summary>
    public static string GradeOf(double score, IReadOnlyDictionary<string, double> bands) =>
        bands.OrderByDescending(b => b.Value).FirstOrDefault(b => score >= b.Value).Key ?? "E";

    /// <summary>A grade's lowest score, so grades compare; a grade without a band ranks below every band.</summary>
    private static double Rank(string grade, Dictionary<string, double> bands) =>
        bands.TryGetValue(grade, out var lowest) ? lowest : double.MinValue;

    private static double Round(double points) => Math.Round(points, 2, MidpointRounding.AwayFromZero);
}
