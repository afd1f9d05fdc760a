using System.Globalization;
using DxMonitor.Domain.Resources;

namespace DxMonitor.Domain.Text;

/// <summary>
/// Reads a number a person typed, as people write numbers in their language: in Vietnamese "52,3" is fifty-two point
/// three and "120.450" is a hundred and twenty thousand four hundred and fifty; in English the other way round.
/// Group separators must group by three; anything that could be read two ways is refused with a hint, never guessed.
/// </summary>
public static class TypedNumber
{
    public static bool TryParse(string? text, CultureInfo culture, out decimal value, out string? problem)
    {
        value = 0;
        problem = null;
        var format = culture.NumberFormat;
        var decimalMark = format.NumberDecimalSeparator == "," ? ',' : '.';
        var groupMark = decimalMark == ',' ? '.' : ',';
        var trimmed = (text ?? "").Trim().Replace('\u00A0', ' ').Replace('\u202F', ' ');
        if (trimmed.Length == 0)
        {
            problem = NumberText.Texts.Format("NotANumber", text ?? "");
            return false;
        }
        var sign = trimmed[0] is '-' or '+' or '\u2212' ? trimmed[0] : (char?)null;
        var body = sign is null ? trimmed : trimmed[1..].TrimStart();
        var parts = body.Split(decimalMark);
        if (parts.Length > 2 || body.Any(c => !char.IsAsciiDigit(c) && c != decimalMark && c != groupMark && c != ' '))
        {
            problem = NumberText.Texts.Format(body.Contains(groupMark, StringComparison.Ordinal) || body.Contains(decimalMark, StringComparison.Ordinal)
                ? "Ambiguous" : "NotANumber", text ?? "", Example(culture));
            return false;
        }
        var whole = parts[0];
        var fraction = parts.Length == 2 ? parts[1] : "";
        if (fraction.Any(c => !char.IsAsciiDigit(c)) || !GroupedByThree(whole, groupMark) || (whole.Length == 0 && fraction.Length == 0))
        {
            problem = NumberText.Texts.Format("Ambiguous", text ?? "", Example(culture));
            return false;
        }
        var digits = whole.Replace(groupMark.ToString(), "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        var invariant = (sign is '-' or '\u2212' ? "-" : "") + (digits.Length == 0 ? "0" : digits) + (fraction.Length > 0 ? "." + fraction : "");
        if (!decimal.TryParse(invariant, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            problem = NumberText.Texts.Format("NotANumber", text ?? "");
            return false;
        }
        return true;
    }

    /// <summary>A number as it is typed back into a form in <paramref name="culture"/>: every decimal kept, thousands grouped.</summary>
    public static string Format(decimal value, CultureInfo culture) => value.ToString("#,##0.############################", culture);

    private static bool GroupedByThree(string whole, char groupMark)
    {
        var groups = whole.Split(groupMark, ' ');
        if (groups.Length == 1)
        {
            return true;
        }
        return groups[0].Length is >= 1 and <= 3 && groups.Skip(1).All(g => g.Length == 3) && groups.All(g => g.All(char.IsAsciiDigit));
    }

    private static string Example(CultureInfo culture) => Format(1234.5m, culture);
}
