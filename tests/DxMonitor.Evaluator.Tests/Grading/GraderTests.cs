using DxMonitor.Evaluator.Grading;

namespace DxMonitor.Evaluator.Tests.Grading;

public sealed class GraderTests
{
    private static readonly Evidence Nowhere = new("https://dichvucong.example.gov.vn/");

    [Theory]
    [InlineData(100, "A")]
    [InlineData(90, "A")]
    [InlineData(89.9, "B")]
    [InlineData(75, "B")]
    [InlineData(60, "C")]
    [InlineData(59.9, "D")]
    [InlineData(40, "D")]
    [InlineData(39.9, "E")]
    [InlineData(0, "E")]
    public void Grades_follow_the_default_bands(double score, string grade) =>
        Assert.Equal(grade, Grader.GradeOf(score, new EvaluatorOptions().GradeBands));

    [Fact]
    public void Bands_come_from_configuration()
    {
        var options = new EvaluatorOptions();
        options.GradeBands["A"] = 95;

        Assert.Equal("B", Grader.GradeOf(92, options.GradeBands));
    }

    [Fact]
    public void A_checks_findings_never_cost_more_than_its_weight()
    {
        var options = new EvaluatorOptions { Weights = new() { ["a"] = 50, ["b"] = 50 } };
        var results = new[]
        {
            CheckResult.Of("a", [new Finding("x", "x", 0.8, Nowhere), new Finding("y", "y", 0.8, Nowhere)]),
            CheckResult.Of("b", []),
        };

        var (score, grade, checks, deductions) = Grader.Grade(results, options);

        Assert.Equal([40.0, 10.0], deductions.Select(d => d.Points).ToArray());
        Assert.Equal(0, checks[0].Points);
        Assert.Equal(50, score);
        Assert.Equal("D", grade);
    }

    [Fact]
    public void Weights_of_unmeasured_checks_are_shared_among_the_measured_ones()
    {
        var options = new EvaluatorOptions { Weights = new() { ["a"] = 30, ["b"] = 10, ["c"] = 60 } };
        var results = new[]
        {
            CheckResult.Of("a", [new Finding("x", "x", 0.5, Nowhere)]),
            CheckResult.Of("b", []),
            CheckResult.NotMeasured("c", "browser off"),
        };

        var (score, _, checks, deductions) = Grader.Grade(results, options);

        Assert.Equal([75.0, 25.0, 0.0], checks.Select(c => c.Weight).ToArray());
        Assert.Equal(37.5, Assert.Single(deductions).Points);
        Assert.Equal(62.5, score);
        Assert.Equal("browser off", checks[2].NotMeasuredReason);
    }

    [Fact]
    public void A_check_with_no_configured_weight_counts_for_nothing()
    {
        var options = new EvaluatorOptions { Weights = new() { ["a"] = 10 } };

        var (score, _, _, deductions) = Grader.Grade([CheckResult.Of("a", []), CheckResult.Of("z", [new Finding("x", "x", 1, Nowhere)])], options);

        Assert.Equal(100, score);
        Assert.Equal(0, Assert.Single(deductions).Points);
    }
}
