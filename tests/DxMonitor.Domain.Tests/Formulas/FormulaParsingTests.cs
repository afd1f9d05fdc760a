using DxMonitor.Domain.Formulas;

namespace DxMonitor.Domain.Tests.Formulas;

public sealed class FormulaParsingTests
{
    [Theory]
    [InlineData(null, "The formula is empty.")]
    [InlineData("", "The formula is empty.")]
    [InlineData("  \t ", "The formula is empty.")]
    [InlineData("100 * (A + B))", "Unexpected ')' at position 13.")]
    [InlineData(")", "Unexpected ')' at position 0.")]
    [InlineData("()", "Unexpected ')' at position 1.")]
    [InlineData("sqrt(A)", "Unknown function 'sqrt' at position 0.")]
    [InlineData("1 + MIN(A, B)", "Unknown function 'MIN' at position 4 (function names are lower-case: 'min').")]
    [InlineData("PRV.X(1)", "Unknown function 'PRV.X' at position 0.")]
    [InlineData("(A + B", "Missing ')' at end.")]
    [InlineData("min(A, B", "Missing ')' at end.")]
    [InlineData("A +", "Missing value at end.")]
    [InlineData("-", "Missing value at end.")]
    [InlineData("A B", "Unexpected 'B' at position 2.")]
    [InlineData("1 2", "Unexpected '2' at position 2.")]
    [InlineData("A + * B", "Unexpected '*' at position 4.")]
    [InlineData("+A", "Unexpected '+' at position 0.")]
    [InlineData("A # B", "Unexpected '#' at position 2.")]
    [InlineData("A\0", "Unexpected 'U+0000' at position 1.")]
    [InlineData("1,5", "Unexpected ',' at position 1 (use '.' for decimals).")]
    [InlineData("A, B", "Unexpected ',' at position 1.")]
    [InlineData(".5", "Unexpected '.' at position 0.")]
    [InlineData("١٢", "Unexpected '١' at position 0.")]
    [InlineData("min(A,)", "Unexpected ')' at position 6.")]
    [InlineData("min(,A)", "Unexpected ',' at position 4.")]
    [InlineData("min()", "Function 'min' at position 0 needs at least 1 argument.")]
    [InlineData("abs(A, B)", "Function 'abs' at position 0 takes 1 argument, not 2.")]
    [InlineData("2 * round(A)", "Function 'round' at position 4 takes 2 arguments, not 1.")]
    [InlineData("ifnull(A)", "Function 'ifnull' at position 0 takes 2 arguments, not 1.")]
    [InlineData("round(A, 1.5)", "Function 'round' at position 0 needs a whole number of digits from 0 to 15.")]
    [InlineData("round(A, 16)", "Function 'round' at position 0 needs a whole number of digits from 0 to 15.")]
    [InlineData("min + 1", "Function 'min' at position 0 needs '(' and its arguments.")]
    [InlineData("1 + prv.x", "'prv.x' at position 4 is not an indicator code: codes are upper-case ('PRV.X').")]
    [InlineData("2e", "'2e' at position 0 is neither a number nor an indicator code.")]
    [InlineData("A_é", "Unexpected 'é' at position 2.")]
    [InlineData("1e999", "Number '1e999' at position 0 is too large.")]
    [InlineData("PRV.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789X", "Indicator code 'PRV.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789X' at position 0 is longer than 40 characters.")]
    public void Rejects_a_malformed_formula_saying_what_and_where(string? text, string expected)
    {
        Assert.False(Formula.TryParse(text, out var formula, out var error));
        Assert.Null(formula);
        Assert.Equal(expected, error);
        var thrown = Assert.Throws<RuleViolationException>(() => Formula.Parse(text));
        Assert.Equal(expected, thrown.Message);
        Assert.Equal("formula", thrown.Field);
    }

    [Fact]
    public void Rejects_a_formula_longer_than_500_characters()
    {
        var text = string.Join(" + ", Enumerable.Repeat("A", 125)) + "    ";
        Assert.Equal(501, text.Length);
        Assert.False(Formula.TryParse(text, out _, out var error));
        Assert.Equal("The formula is 501 characters long; the limit is 500.", error);
        Assert.True(Formula.TryParse(text.TrimEnd() + " ", out _, out _));
    }

    [Fact]
    public void Accepts_32_levels_of_nesting_and_no_more()
    {
        Assert.True(Formula.TryParse(new string('(', 32) + "1" + new string(')', 32), out _, out _));
        Assert.False(Formula.TryParse(new string('(', 33) + "1" + new string(')', 33), out _, out var error));
        Assert.Equal("Nesting deeper than 32 levels at position 32.", error);
        Assert.False(Formula.TryParse(string.Concat(Enumerable.Repeat("abs(", 33)) + "1" + new string(')', 33), out _, out error));
        Assert.Equal("Nesting deeper than 32 levels at position 131.", error);
    }

    [Fact]
    public void Lists_the_codes_it_references()
    {
        var formula = Formula.Parse("100 * PRV.DOSSIERS_ONLINE / max(PRV.DOSSIERS_TOTAL, 1) + ifnull(NAT.NPSP_ACCOUNTS, PRV.DOSSIERS_ONLINE)");
        Assert.Equal(["NAT.NPSP_ACCOUNTS", "PRV.DOSSIERS_ONLINE", "PRV.DOSSIERS_TOTAL"], formula.References.Order(StringComparer.Ordinal));
        Assert.Empty(Formula.Parse("round(2.5, 0)").References);
    }

    [Theory]
    [InlineData("A-B", new[] { "A-B" })]
    [InlineData("PRV.X-1", new[] { "PRV.X-1" })]
    [InlineData("A - B", new[] { "A", "B" })]
    [InlineData("A -B", new[] { "A", "B" })]
    [InlineData("A- B", new[] { "A", "B" })]
    [InlineData("(A)-B", new[] { "A", "B" })]
    [InlineData("A--B", new[] { "A", "B" })]
    [InlineData("A-(B)", new[] { "A", "B" })]
    [InlineData("A-abs(B)", new[] { "A", "B" })]
    [InlineData("100-A", new[] { "A" })]
    [InlineData("2024Q1.X-2", new[] { "2024Q1.X-2" })]
    [InlineData("1A - 1", new[] { "1A" })]
    [InlineData("1E3", new[] { "1E3" })]
    [InlineData("1.A_B", new[] { "1.A_B" })]
    public void A_hyphen_inside_a_word_belongs_to_the_code(string text, string[] references) =>
        Assert.Equal(references, Formula.Parse(text).References.Order(StringComparer.Ordinal));

    [Theory]
    [InlineData("2024")]
    [InlineData("2024 - 1")]
    [InlineData("2-3")]
    [InlineData("1e3")]
    [InlineData("1.5")]
    public void Numbers_are_not_codes(string text) => Assert.Empty(Formula.Parse(text).References);

    [Fact]
    public void Validation_names_each_unknown_code_with_its_position()
    {
        var known = new HashSet<string>(StringComparer.Ordinal) { "PRV.DOSSIERS_ONLINE", "PRV.DOSSIERS_TOTAL" };
        var formula = Formula.Parse("100 * PRV.DOSSIERS_ONLINE / PRV.DOSSIER_TOTAL + X.Y + X.Y");

        var problems = formula.Validate(known.Contains);

        Assert.Equal(["formula", "formula"], problems.Select(p => p.Field));
        Assert.Equal(["Unknown indicator code 'PRV.DOSSIER_TOTAL' at position 28.", "Unknown indicator code 'X.Y' at position 48."], problems.Select(p => p.Message));
        Assert.Empty(Formula.Parse("PRV.DOSSIERS_ONLINE / PRV.DOSSIERS_TOTAL").Validate(known.Contains));
    }

    [Fact]
    public void Validation_explains_the_hyphen_rule_when_a_code_with_a_hyphen_is_unknown()
    {
        var problems = Formula.Parse("PRV.DOSSIERS_TOTAL-PRV.DOSSIERS_ONLINE").Validate(_ => false);
        var problem = Assert.Single(problems);
        Assert.Equal(
            "Unknown indicator code 'PRV.DOSSIERS_TOTAL-PRV.DOSSIERS_ONLINE' at position 0. A '-' between letters or digits is part of a code; to subtract, put spaces around it.",
            problem.Message);
    }

    [Fact]
    public void Keeps_its_text() => Assert.Equal("A + 1", Formula.Parse("A + 1").ToString());
}
