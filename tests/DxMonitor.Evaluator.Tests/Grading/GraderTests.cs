using DxMonitor.Evaluator.Grading;

namespace DxMonitor.Evaluator.Tests.Grading;

public sealed class GraderTests
{
    private static readonly Evidence Nowhere = new("https://dichvucong.example.gov.vn/");

    private static GradingDefinition Definition(params (string Group, double Points, string Check)[] groups) => new()
    {
        Code = "test",
        Year = 2026,
        Groups = [.. groups.Select(g => new GradingGroup { Id = g.Group, Points = g.Points, Checks = new() { [g.Check] = 1 } })],
        Bands = GradingDefinitions.Mic473Of2024().Bands,
    };

    [Theory]
    [InlineData(100, "A")]
    [InlineData(90, "A")]
    [InlineData(89.9, "B")]
    [InlineData(80, "B")]
    [InlineData(79.9, "C")]
    [InlineData(65, "C")]
    [InlineData(64.9, "D")]
    [InlineData(50, "D")]
    [InlineData(49.9, "E")]
    [InlineData(0, "E")]
    public void Grades_follow_the_bands_of_decision_473(double score, string grade) =>
        Assert.Equal(grade, Grader.GradeOf(score, new EvaluatorOptions().Definition().Bands));

    [Fact]
    public void The_default_definition_is_the_ministrys_six_groups_on_100_points()
    {
        var definition = new EvaluatorOptions().Definition();

        Assert.Equal("mic-473/2024", definition.Key);
        Assert.Equal([("functions", 50.0), ("structure", 5.0), ("performance", 20.0), ("security", 15.0), ("access", 5.0), ("emc", 5.0)],
            definition.Groups.Select(g => (g.Id, g.Points)).ToArray());
        Assert.Empty(definition.Problems());
        Assert.Equal(50, definition.PointsOf("services"));
        Assert.Equal(7.5, definition.PointsOf("headers"));
    }

    [Fact]
    public void Other_definitions_are_chosen_by_code_and_year_and_a_configured_version_wins()
    {
        var newer = GradingDefinitions.Mic473Of2024();
        newer.Version = 2;
        newer.Bands["A"] = 95;
        var options = new EvaluatorOptions { GradingDefinition = "mic-473", CustomDefinitions = [newer] };

        Assert.Equal(95, options.Definition().Bands["A"]);
        Assert.Equal("dxmonitor/2025", new EvaluatorOptions { GradingDefinition = "dxmonitor/2025" }.Definition().Key);
        Assert.Contains(new EvaluatorOptions { GradingDefinition = "mic-473/1999" }.Validate(new(new object())), r => r.MemberNames.Contains("GradingDefinition"));
    }

    [Fact]
    public void A_checks_findings_never_cost_more_than_its_points_and_groups_add_up()
    {
        var results = new[]
        {
            CheckResult.Of("a", [new Finding("x", "x", 0.8, Nowhere), new Finding("y", "y", 0.8, Nowhere)]),
            CheckResult.Of("b", []),
        };

        var sheet = Grader.Grade(results, Definition(("one", 50, "a"), ("two", 50, "b")));

        Assert.Equal([40.0, 10.0], sheet.Deductions.Select(d => d.Points).ToArray());
        Assert.Equal(0, sheet.Checks[0].Points);
        Assert.Equal([(50.0, 0.0), (50.0, 50.0)], sheet.Groups.Select(g => (g.Weight, g.Points)).ToArray());
        Assert.Equal(50, sheet.Score);
        Assert.Equal("D", sheet.Grade);
    }

    [Fact]
    public void Points_of_unmeasured_checks_are_shared_among_the_measured_ones()
    {
        var results = new[]
        {
            CheckResult.Of("a", [new Finding("x", "x", 0.5, Nowhere)]),
            CheckResult.Of("b", []),
            CheckResult.NotMeasured("c", "browser off"),
        };

        var sheet = Grader.Grade(results, Definition(("one", 30, "a"), ("two", 10, "b"), ("three", 60, "c")));

        Assert.Equal([75.0, 25.0, 0.0], sheet.Checks.Select(c => c.Weight).ToArray());
        Assert.Equal(37.5, Assert.Single(sheet.Deductions).Points);
        Assert.Equal(62.5, sheet.Score);
        Assert.Equal("browser off", sheet.Checks[2].NotMeasuredReason);
    }

    [Theory]
    [InlineData("links-half-broken", "B")]
    [InlineData("headers-mostly-missing", "B")]
    [InlineData("no-https", "B")]
    [InlineData("no-citizen-service", "C")]
    public void A_ceiling_finding_holds_the_grade_down_whatever_the_points(string code, string highest)
    {
        var results = new[] { CheckResult.Of("a", [new Finding(code, "the cause", 0, Nowhere)]) };

        var definition = Definition(("one", 100, "a"));
        definition.Ceilings = GradingDefinitions.Mic473Of2024().Ceilings;

        var sheet = Grader.Grade(results, definition);

        Assert.Equal(100, sheet.Score);
        Assert.Equal(highest, sheet.Grade);
        var held = Assert.Single(sheet.Deductions, x => x.Code == "grade-held");
        Assert.Equal([highest, code], held.Arguments);
        Assert.Equal(0, held.Points);
    }

    [Fact]
    public void A_check_no_group_names_counts_for_nothing()
    {
        var sheet = Grader.Grade([CheckResult.Of("a", []), CheckResult.Of("z", [new Finding("x", "x", 1, Nowhere)])], Definition(("one", 100, "a")));

        Assert.Equal(100, sheet.Score);
        Assert.Equal(0, Assert.Single(sheet.Deductions).Points);
    }
}
