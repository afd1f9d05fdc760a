using DxMonitor.Domain.Formulas;

namespace DxMonitor.Domain.Tests.Formulas;

public sealed class FormulaFuzzTests
{
    private const string Characters = "AB1.0e-+*/(), _mainxbsrdulf#";

    private static readonly string[] Leaves = ["A", "B", "A-B", "C.D_1", "0", "1", "2.5", "1e308", "1e-300"];

    private static readonly string[] Functions = ["min", "max", "abs", "round", "ifnull"];

    private static readonly double[] Inputs = [0, 1, -1, 2.5, 1e308, -1e308, 1e-300, double.NaN, double.PositiveInfinity];

    [Fact]
    public void Random_characters_never_make_parsing_or_evaluating_throw()
    {
        var random = new Random(20250101);
        var parsed = 0;
        for (var n = 0; n < 5000; n++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 24)).Select(_ => Characters[random.Next(Characters.Length)])]);
            parsed += Check(text, random) ? 1 : 0;
        }
        Assert.True(parsed > 20, $"only {parsed} of the random strings parsed");
    }

    [Fact]
    public void Random_formulas_parse_and_their_mutations_never_make_parsing_or_evaluating_throw()
    {
        var random = new Random(7);
        var mutantsParsed = 0;
        for (var n = 0; n < 2000; n++)
        {
            var text = Generate(random, 4);
            Assert.True(Check(text, random), text);
            var position = random.Next(text.Length);
            var mutant = random.Next(3) switch
            {
                0 => text.Remove(position, 1),
                1 => text.Insert(position, Characters[random.Next(Characters.Length)].ToString()),
                _ => text.Remove(position, 1).Insert(position, Characters[random.Next(Characters.Length)].ToString()),
            };
            mutantsParsed += Check(mutant, random) ? 1 : 0;
        }
        Assert.True(mutantsParsed > 200, $"only {mutantsParsed} of the mutants parsed");
    }

    private static string Generate(Random random, int depth)
    {
        if (depth == 0 || random.Next(3) == 0)
        {
            return Leaves[random.Next(Leaves.Length)];
        }
        return random.Next(5) switch
        {
            0 => $"{Generate(random, depth - 1)} {"+-*/"[random.Next(4)]} {Generate(random, depth - 1)}",
            1 => $"-{Generate(random, depth - 1)}",
            2 => $"({Generate(random, depth - 1)})",
            _ => Call(random, Functions[random.Next(Functions.Length)], depth - 1),
        };
    }

    private static string Call(Random random, string name, int depth) => name switch
    {
        "abs" => $"abs({Generate(random, depth)})",
        "round" => $"round({Generate(random, depth)}, {random.Next(4)})",
        "ifnull" => $"ifnull({Generate(random, depth)}, {Generate(random, depth)})",
        _ => $"{name}({string.Join(", ", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Generate(random, depth)))})",
    };

    private static bool Check(string text, Random random)
    {
        if (!Formula.TryParse(text, out var formula, out var error))
        {
            Assert.False(string.IsNullOrWhiteSpace(error), text);
            return false;
        }
        var codes = formula.References.Order(StringComparer.Ordinal).ToList();
        var compiled = formula.Bind(codes.IndexOf);
        for (var k = 0; k < 4; k++)
        {
            var slots = codes.Select(_ => Inputs[random.Next(Inputs.Length)]).ToArray();
            var byCode = formula.Evaluate(code => slots[codes.IndexOf(code)]);
            var bySlot = compiled.Evaluate(slots);
            Assert.Equal(byCode, bySlot);
            Assert.True(bySlot.HasValue ? double.IsFinite(bySlot.Value ?? double.NaN) : !string.IsNullOrEmpty(bySlot.NoValueReason), text);
        }
        return true;
    }
}
