using System.Diagnostics.CodeAnalysis;
using DxMonitor.Domain.Resources;

namespace DxMonitor.Domain.Units;

/// <summary>
/// Rules for the stable public codes of units, indicators and sources: upper-case ASCII letters, digits,
/// '.', '-' and '_', starting with a letter or digit, at most 40 characters.
/// </summary>
public static class PublicCode
{
    public const int MaxLength = 40;

    public static bool IsValid([NotNullWhen(true)] string? code) =>
        code is { Length: > 0 and <= MaxLength }
        && (char.IsAsciiLetterUpper(code[0]) || char.IsAsciiDigit(code[0]))
        && code.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c is '.' or '-' or '_');

    /// <summary>Why <paramref name="code"/> is refused, for the kind of thing <paramref name="what"/> names: unit, indicator, source, round or project.</summary>
    public static string Describe(string what, string? code) => UnitText.Texts.Format("InvalidCode", UnitText.Texts.Format($"CodeOf_{what}"), code, MaxLength);
}
