namespace DxMonitor.Evaluator.Grading;

/// <summary>
/// Turns check results into a 0-100 score and a grade. Each check owns its configured weight in points; its
/// findings take away penalty × weight, at most the weight. Weights are rescaled to sum to 100 over the measured
/// checks, so leaving the browser out does not cap the score.
/// </summary>
public static class Grader
{
    public static (double Score, string Grade, IReadOnlyList<CheckScore> Checks, IReadOnlyList<Deduction> Deductions) Grade(
        IReadOnlyList<CheckResult> results, EvaluatorOptions options)
    {
        var measuredWeight = results.Where(r => r.Measured).Sum(r => WeightOf(r.CheckId, options));
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
            var weight = WeightOf(result.CheckId, options) * scale;
            var left = weight;
            foreach (var finding in result.Findings.OrderByDescending(f => f.Penalty))
            {
                var points = Math.Min(left, Math.Clamp(finding.Penalty, 0, 1) * weight);
                left -= points;
                deductions.Add(new Deduction(result.CheckId, finding.Code, Math.Round(points, 2, MidpointRounding.AwayFromZero), finding.Message, finding.Evidence, finding.Arguments ?? []));
            }
            checks.Add(new CheckScore(result.CheckId, Math.Round(weight, 2, MidpointRounding.AwayFromZero), Math.Round(left, 2, MidpointRounding.AwayFromZero), true, null));
        }
        var score = Math.Round(checks.Sum(c => c.Points), 1, MidpointRounding.AwayFromZero);
        return (score, GradeOf(score, options.GradeBands), checks, deductions);
    }

    /// <summary>The grade of the highest band whose lowest score the score reaches; E below every band.</summary>
    public static string GradeOf(double score, IReadOnlyDictionary<string, double> bands) =>
        bands.OrderByDescending(b => b.Value).FirstOrDefault(b => score >= b.Value).Key ?? "E";

    private static double WeightOf(string checkId, EvaluatorOptions options) =>
        options.Weights.TryGetValue(checkId, out var weight) ? Math.Max(0, weight) : 0;
}
