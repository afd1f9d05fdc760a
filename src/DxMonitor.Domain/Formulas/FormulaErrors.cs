using DxMonitor.Domain.Units;

namespace DxMonitor.Domain.Formulas;

/// <summary>The parse errors of a formula: what is wrong and at which position (counted from 0).</summary>
internal static class FormulaErrors
{
    public static string Unexpected(string text, FormulaToken token)
    {
        var found = text.Substring(token.Start, token.Length);
        var shown = found is [var c] && char.IsControl(c) ? $"U+{(int)c:X4}" : found;
        var decimalHint = found == "," && token.Start > 0 && char.IsAsciiDigit(text[token.Start - 1])
            && token.End < text.Length && char.IsAsciiDigit(text[token.End]) ? " (use '.' for decimals)" : "";
        return $"Unexpected '{shown}' at position {token.Start}{decimalHint}.";
    }

    public static string UnknownFunction(string name, int position)
    {
        var hint = FormulaWords.Function(name.ToLowerInvariant()) is null ? "" : $" (function names are lower-case: '{name.ToLowerInvariant()}')";
        return $"Unknown function '{name}' at position {position}{hint}.";
    }

    public static string WrongArity(string name, int position, int min, int max, int count) => min == max
        ? $"Function '{name}' at position {position} takes {Arguments(min)}, not {count}."
        : $"Function '{name}' at position {position} needs at least {Arguments(min)}.";

    public static string NotAValue(string word, int position)
    {
        if (FormulaWords.Function(word) is not null)
        {
            return $"Function '{word}' at position {position} needs '(' and its arguments.";
        }
        if (word.Length > PublicCode.MaxLength && word.All(c => !char.IsAsciiLetterLower(c)) && word.Any(char.IsAsciiLetterUpper))
        {
            return $"Indicator code '{word}' at position {position} is longer than {PublicCode.MaxLength} characters.";
        }
        var upper = word.ToUpperInvariant();
        return char.IsAsciiLetter(word[0]) && FormulaWords.IsCode(upper)
            ? $"'{word}' at position {position} is not an indicator code: codes are upper-case ('{upper}')."
            : $"'{word}' at position {position} is neither a number nor an indicator code.";
    }

    public static string RoundNeedsWholeDigits(int position) =>
        $"Function 'round' at position {position} needs a whole number of digits from 0 to 15.";

    private static string Arguments(int count) => count == 1 ? "1 argument" : $"{count} arguments";
}
