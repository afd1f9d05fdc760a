using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Formulas;

/// <summary>What a word of a formula may be: a function name (lower-case) or an indicator code (upper-case).</summary>
internal static class FormulaWords
{
    public static (OpCode Op, int MinArguments, int MaxArguments)? Function(string name) => name switch
    {
        "min" => (OpCode.Min, 1, int.MaxValue),
        "max" => (OpCode.Max, 1, int.MaxValue),
        "abs" => (OpCode.Abs, 1, 1),
        "round" => (OpCode.Round, 2, 2),
        "ifnull" => (OpCode.IfNull, 2, 2),
        _ => null,
    };

    /// <summary>An indicator code: a valid public code with at least one letter (so "2024" is a number, not a code).</summary>
    public static bool IsCode(string word) => PublicCode.IsValid(word) && word.Any(char.IsAsciiLetterUpper);
}
