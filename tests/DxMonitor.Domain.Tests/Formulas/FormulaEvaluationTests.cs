using System.Globalization;
using DxMonitor.Domain.Formulas;

namespace DxMonitor.Domain.Tests.Formulas;

public sealed class FormulaEvaluationTests
{
    private static readonly Dictionary<string, double?> Values = new(StringComparer.Ordinal)
    {
        ["PRV.DOSSIERS_ONLINE"] = 450,
        ["PRV.DOSSIERS_TOTAL"] = 600,
        ["NAT.NPSP_ACCOUNTS"] = 2_000_000,
        ["ZERO"] = 0,
        ["MISSING"] = null,
        ["A"] = 7,
        ["B"] = 2,
        ["A-B"] = 100,
        ["HUGE"] = 1e300,
    };

    private static FormulaResult Evaluate(string text) =>
        Formula.Parse(text).Evaluate(code => Values.TryGetValue(code, out var value) ? value : null);

    private static double ValueOf(string text)
    {
        var result = Evaluate(text);
        Assert.True(result.HasValue, result.NoValueReason);
        return result.Value ?? double.NaN;
    }

    [Theory]
    [InlineData("2-3-4", -5)]
    [InlineData("2*3+4", 10)]
    [InlineData("2+3*4", 14)]
    [InlineData("-2*3", -6)]
    [InlineData("8/4/2", 1)]
    [InlineData("8/(4/2)", 4)]
    [InlineData("2*(3+4)", 14)]
    [InlineData("((2))", 2)]
    [InlineData("- -2", 2)]
    [InlineData("2--3", 5)]
    [InlineData("2*-3", -6)]
    [InlineData("-(2+3)*2", -10)]
    [InlineData("10 - 2 * 3 / 4", 8.5)]
    [InlineData(" 1.5 + 1e3 ", 1001.5)]
    [InlineData("2.5e-1", 0.25)]
    [InlineData("1e+2", 100)]
    public void Operators_follow_the_usual_precedence_and_associate_to_the_left(string text, double expected) =>
        Assert.Equal(expected, ValueOf(text), 12);

    [Fact]
    public void Computes_a_share_from_two_indicators() =>
        Assert.Equal(75, ValueOf("100 * PRV.DOSSIERS_ONLINE / PRV.DOSSIERS_TOTAL"), 12);

    [Theory]
    [InlineData("min(3, 1, 2)", 1)]
    [InlineData("max(3, 1, 2)", 3)]
    [InlineData("min(A)", 7)]
    [InlineData("max(A, B) - min(A, B)", 5)]
    [InlineData("abs(-4.5)", 4.5)]
    [InlineData("abs(B - A)", 5)]
    [InlineData("round(2.5, 0)", 3)]
    [InlineData("round(-2.5, 0)", -3)]
    [InlineData("round(100 * A / 3, 2)", 233.33)]
    [InlineData("round(A / 3, 1 + 1)", 2.33)]
    [InlineData("ifnull(MISSING, 5)", 5)]
    [InlineData("ifnull(A, 5)", 7)]
    [InlineData("ifnull(A / ZERO, -1)", -1)]
    [InlineData("ifnull(MISSING, ifnull(MISSING, 9))", 9)]
    [InlineData("max(min(A, 10), abs(-B))", 7)]
    public void Functions_compute_their_results(string text, double expected) =>
        Assert.Equal(expected, ValueOf(text), 12);

    [Theory]
    [InlineData("100 * PRV.DOSSIERS_ONLINE / MISSING", "MISSING has no value")]
    [InlineData("MISSING + UNKNOWN", "MISSING has no value")]
    [InlineData("A + UNKNOWN * MISSING", "UNKNOWN has no value")]
    [InlineData("min(A, MISSING)", "MISSING has no value")]
    [InlineData("-abs(MISSING)", "MISSING has no value")]
    [InlineData("round(MISSING, 2)", "MISSING has no value")]
    [InlineData("round(A, MISSING)", "MISSING has no value")]
    [InlineData("PRV.DOSSIERS_ONLINE / ZERO", "division by zero: ZERO is 0")]
    [InlineData("A / (B - 2)", "division by zero: (B - 2) is 0")]
    [InlineData("MISSING / ZERO", "MISSING has no value")]
    [InlineData("HUGE * HUGE", "HUGE * HUGE is not a finite number")]
    [InlineData("1 + HUGE * HUGE * 2", "HUGE * HUGE is not a finite number")]
    [InlineData("HUGE / 1e-300", "HUGE / 1e-300 is not a finite number")]
    [InlineData("1e308 + 1e308", "1e308 + 1e308 is not a finite number")]
    [InlineData("round(A, 1 / 2)", "round: the digits must be a whole number from 0 to 15")]
    [InlineData("round(A, -1)", "round: the digits must be a whole number from 0 to 15")]
    public void Gives_no_value_with_the_reason_instead_of_throwing_or_returning_nan(string text, string reason)
    {
        var result = Evaluate(text);
        Assert.False(result.HasValue);
        Assert.Null(result.Value);
        Assert.Equal(reason, result.NoValueReason);
    }

    [Fact]
    public void Ifnull_keeps_the_reason_of_a_missing_value_outside_it()
    {
        var result = Evaluate("ifnull(ZERO, 1) / ZERO + ifnull(MISSING, 0)");
        Assert.Equal("division by zero: ZERO is 0", result.NoValueReason);
    }

    [Fact]
    public void Ifnull_ignores_a_failing_fallback_when_the_value_is_there() =>
        Assert.Equal(7, ValueOf("ifnull(A, 1 / ZERO)"));

    [Fact]
    public void Ifnull_gives_the_fallbacks_reason_when_both_have_no_value() =>
        Assert.Equal("division by zero: ZERO is 0", Evaluate("ifnull(MISSING, 1 / ZERO)").NoValueReason);

    [Theory]
    [InlineData(double.NaN, "X has no value")]
    [InlineData(double.PositiveInfinity, "X is not a finite number")]
    [InlineData(double.NegativeInfinity, "X is not a finite number")]
    public void Treats_a_nan_or_infinite_input_as_no_value(double input, string reason) =>
        Assert.Equal(reason, Formula.Parse("1 + X").Evaluate(_ => input).NoValueReason);

    [Fact]
    public void A_hyphen_between_letters_reads_one_code_and_spaces_make_a_subtraction()
    {
        Assert.Equal(100, ValueOf("A-B"));
        Assert.Equal(5, ValueOf("A - B"));
        Assert.Equal(5, ValueOf("A -B"));
        Assert.Equal(5, ValueOf("(A)-B"));
        Assert.Equal(5, ValueOf("A- B"));
        Assert.Equal(9, ValueOf("A--B"));
        Assert.Equal(93, ValueOf("100-A"));
    }

    [Fact]
    public void Asks_for_each_referenced_value_once()
    {
        var asked = new List<string>();
        Formula.Parse("A + A * B + A").Evaluate(code =>
        {
            asked.Add(code);
            return 1;
        });
        Assert.Equal(["A", "B"], asked);
    }

    [Fact]
    public void Reads_numbers_the_same_way_in_a_vietnamese_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("vi-VN");
            Assert.Equal(",", CultureInfo.CurrentCulture.NumberFormat.NumberDecimalSeparator);
            Assert.Equal(1501.5, ValueOf("1.5 + 1.5e3"));
            Assert.False(Formula.TryParse("1,5", out _, out _));
            Assert.Equal("0.25", FormulaResult.Of(0.25).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }
}
