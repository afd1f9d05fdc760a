namespace DxMonitor.Domain.Dossiers;

/// <summary>
/// A fast reader of the ISO 8601 shapes procedure systems export (<c>2025-03-31T16:30:00+07:00</c>,
/// <c>…Z</c>, <c>2025-03-31 16:30</c>, optional fraction), without culture or format lists: ingesting
/// millions of rows parses three times per row. Anything else is left to the general parser.
/// </summary>
public static class IsoTime
{
    /// <summary>Vietnam has kept UTC+7 without daylight saving since 1975 (tz database, Asia/Ho_Chi_Minh).</summary>
    public static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    /// <summary>Parses <paramref name="text"/>; <paramref name="hasOffset"/> tells whether it named its offset (else it is Vietnam time).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out DateTime utc, out bool hasOffset)
    {
        utc = default;
        hasOffset = false;
        if (text.Length < 16 || text[4] != '-' || text[7] != '-' || text[10] is not ('T' or ' ') || text[13] != ':'
            || !Digits(text, 0, 4, out var year) || !Digits(text, 5, 2, out var month) || !Digits(text, 8, 2, out var day)
            || !Digits(text, 11, 2, out var hour) || !Digits(text, 14, 2, out var minute))
        {
            return false;
        }
        var i = 16;
        var second = 0;
        long fraction = 0;
        if (i < text.Length && text[i] == ':')
        {
            if (!Digits(text, i + 1, 2, out second))
            {
                return false;
            }
            i += 3;
            if (i < text.Length && text[i] == '.')
            {
                var scale = TimeSpan.TicksPerSecond;
                i++;
                var start = i;
                for (; i < text.Length && char.IsAsciiDigit(text[i]); i++)
                {
                    scale /= 10;
                    fraction += (text[i] - '0') * scale;
                }
                if (i == start || i - start > 7)
                {
                    return false;
                }
            }
        }
        var offset = VietnamOffset;
        if (i < text.Length)
        {
            hasOffset = true;
            if (text[i] == 'Z' && i + 1 == text.Length)
            {
                offset = TimeSpan.Zero;
            }
            else if (text[i] is '+' or '-' && text.Length == i + 6 && text[i + 3] == ':'
                && Digits(text, i + 1, 2, out var oh) && Digits(text, i + 4, 2, out var om) && oh <= 14 && om < 60)
            {
                offset = new TimeSpan(oh, om, 0) * (text[i] == '-' ? -1 : 1);
            }
            else
            {
                return false;
            }
        }
        if (year is < 1990 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }
        utc = new DateTime(year, month, day, hour, minute, second, DateTimeKind.Utc).AddTicks(fraction) - offset;
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> text, int start, int count, out int value)
    {
        value = 0;
        if (start + count > text.Length)
        {
            return false;
        }
        for (var i = start; i < start + count; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
            value = value * 10 + text[i] - '0';
        }
        return true;
    }
}
