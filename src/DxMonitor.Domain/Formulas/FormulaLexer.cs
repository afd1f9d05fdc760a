namespace DxMonitor.Domain.Formulas;

/// <summary>
/// Splits a formula into tokens. A word (code or function name) is a run of ASCII letters, digits, '.' and
/// '_', with a '-' inside it when the next character is an upper-case letter or a digit. A number is digits,
/// an optional '.' and digits, and an optional lower-case 'e' exponent; when the character right after it
/// would continue a word, the whole run is a word instead (<c>2024Q1.X</c> is a code, <c>2-3</c> a subtraction).
/// </summary>
internal static class FormulaLexer
{
    public static FormulaToken Next(string text, int position)
    {
        var i = position;
        while (i < text.Length && text[i] is ' ' or '\t' or '\r' or '\n')
        {
            i++;
        }
        if (i == text.Length)
        {
            return new(TokenKind.End, i, 0);
        }
        var c = text[i];
        var kind = c switch
        {
            '+' => TokenKind.Plus,
            '-' => TokenKind.Minus,
            '*' => TokenKind.Star,
            '/' => TokenKind.Slash,
            '(' => TokenKind.Open,
            ')' => TokenKind.Close,
            ',' => TokenKind.Comma,
            _ => TokenKind.Invalid,
        };
        if (kind != TokenKind.Invalid)
        {
            return new(kind, i, 1);
        }
        if (char.IsAsciiDigit(c))
        {
            var end = NumberEnd(text, i);
            return end < text.Length && IsWordChar(text[end])
                ? new(TokenKind.Word, i, WordEnd(text, i) - i)
                : new(TokenKind.Number, i, end - i);
        }
        return char.IsAsciiLetter(c) ? new(TokenKind.Word, i, WordEnd(text, i) - i) : new(TokenKind.Invalid, i, 1);
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '.' or '_';

    private static int WordEnd(string text, int i)
    {
        while (i < text.Length)
        {
            if (IsWordChar(text[i]) || (text[i] == '-' && i + 1 < text.Length && (char.IsAsciiLetterUpper(text[i + 1]) || char.IsAsciiDigit(text[i + 1]))))
            {
                i++;
            }
            else
            {
                break;
            }
        }
        return i;
    }

    private static int NumberEnd(string text, int i)
    {
        i = DigitsEnd(text, i);
        if (At(text, i, '.') && DigitAt(text, i + 1))
        {
            i = DigitsEnd(text, i + 1);
        }
        if (At(text, i, 'e'))
        {
            var sign = At(text, i + 1, '+') || At(text, i + 1, '-') ? 1 : 0;
            if (DigitAt(text, i + 1 + sign))
            {
                i = DigitsEnd(text, i + 1 + sign);
            }
        }
        return i;
    }

    private static int DigitsEnd(string text, int i)
    {
        while (DigitAt(text, i))
        {
            i++;
        }
        return i;
    }

    private static bool At(string text, int i, char c) => i < text.Length && text[i] == c;

    private static bool DigitAt(string text, int i) => i < text.Length && char.IsAsciiDigit(text[i]);
}
