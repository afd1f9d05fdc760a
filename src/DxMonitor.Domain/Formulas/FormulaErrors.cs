using DxMonitor.Domain.Resources;
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
            && token.End < text.Length && char.IsAsciiDigit(text[token.End]) ? FormulaText.Texts.Format("DecimalHint") : "";
        return FormulaText.Texts.Format("Unexpected", shown, token.Start, decimalHint);
    }

    public static string UnknownFunction(string name, int position)
    {
        var hint = FormulaWords.Function(name.ToLowerInvariant()) is null ? "" : FormulaText.Texts.Format("LowerCaseHint", name.ToLowerInvariant());
        return FormulaText.Texts.Format("UnknownFunction", name, position, hint);
    }

    public static string WrongArity(string name, int position, int min, int max, int count) => min == max
        ? FormulaText.Texts.Format("WrongArity", name, position, Arguments(min), count)
        : FormulaText.Texts.Format("TooFewArguments", name, position, Arguments(min));

    public static string NotAValue(string word, int position)
    {
        if (FormulaWords.Function(word) is not null)
        {
            return FormulaText.Texts.Format("FunctionNeedsArguments", word, position);
        }
        if (word.Length > PublicCode.MaxLength && word.All(c => !char.IsAsciiLetterLower(c)) && word.Any(char.IsAsciiLetterUpper))
        {
            return FormulaText.Texts.Format("CodeTooLong", word, position, PublicCode.MaxLength);
        }
        var upper = word.ToUpperInvariant();
        return char.IsAsciiLetter(word[0]) && FormulaWords.IsCode(upper)
            ? FormulaText.Texts.Format("CodeNotUpperCase", word, position, upper)
            : FormulaText.Texts.Format("NeitherNumberNorCode", word, position);
    }

    public static string RoundNeedsWholeDigits(int position) =>
        FormulaText.Texts.Format("RoundNeedsWholeDigits", position);

    public static string NotValid() => FormulaText.Texts.Format("NotValid");

    public static string MissingValueAtEnd() => FormulaText.Texts.Format("MissingValueAtEnd");

    public static string MissingCloseAtEnd() => FormulaText.Texts.Format("MissingCloseAtEnd");

    public static string NumberTooLarge(string number, int position) => FormulaText.Texts.Format("NumberTooLarge", number, position);

    public static string NestingTooDeep(int position) => FormulaText.Texts.Format("NestingTooDeep", Formula.MaxNesting, position);

    private static string Arguments(int count) => count == 1 ? FormulaText.Texts.Format("OneArgument") : FormulaText.Texts.Format("Arguments", count);
}
