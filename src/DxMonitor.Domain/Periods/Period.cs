using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using DxMonitor.Domain.Resources;

namespace DxMonitor.Domain.Periods;

/// <summary>
/// A reporting period (kỳ báo cáo) with an ISO-like code: <c>2024</c>, <c>2024H1</c>, <c>2024Q1</c>, <c>2024M03</c>.
/// </summary>
public readonly record struct Period : IComparable<Period>
{
    public const int MinYear = 1990;
    public const int MaxYear = 2100;

    private Period(PeriodType type, int year, int index)
    {
        Type = type;
        Year = year;
        Index = index;
    }

    public PeriodType Type { get; }
    public int Year { get; }

    /// <summary>1 for a year; the half, quarter or month number otherwise.</summary>
    public int Index { get; }

    public string Code => Type switch
    {
        PeriodType.Year => Year.ToString(CultureInfo.InvariantCulture),
        PeriodType.Half => string.Create(CultureInfo.InvariantCulture, $"{Year}H{Index}"),
        PeriodType.Quarter => string.Create(CultureInfo.InvariantCulture, $"{Year}Q{Index}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year}M{Index:00}"),
    };

    public int MonthsLong => Type switch
    {
        PeriodType.Year => 12,
        PeriodType.Half => 6,
        PeriodType.Quarter => 3,
        _ => 1,
    };

    public DateOnly Start => new(Year, (Index - 1) * MonthsLong + 1, 1);

    /// <summary>The last day of the period (inclusive).</summary>
    public DateOnly End => Start.AddMonths(MonthsLong).AddDays(-1);

    public static Period Create(PeriodType type, int year, int index)
    {
        if (TryCreate(type, year, index, out var period, out var error))
        {
            return period;
        }
        throw new RuleViolationException(error, "period");
    }

    public static bool TryCreate(PeriodType type, int year, int index, out Period period, [NotNullWhen(false)] out string? error)
    {
        period = default;
        if (!Enum.IsDefined(type))
        {
            error = PeriodText.Texts.Format("UnknownPeriodType", (int)type);
            return false;
        }
        if (year is < MinYear or > MaxYear)
        {
            error = PeriodText.Texts.Format("YearOutOfRange", year, MinYear, MaxYear);
            return false;
        }
        var count = 12 / new Period(type, year, 1).MonthsLong;
        if (index < 1 || index > count)
        {
            error = PeriodText.Texts.Format("IndexOutOfRange", type.InWords(), count, index);
            return false;
        }
        period = new Period(type, year, index);
        error = null;
        return true;
    }

    public static Period Parse(string? code) =>
        TryParse(code, out var period, out var error) ? period : throw new RuleViolationException(error, "period");

    public static bool TryParse([NotNullWhen(true)] string? code, out Period period, [NotNullWhen(false)] out string? error)
    {
        period = default;
        var text = code?.Trim() ?? "";
        if (text.Length < 4 || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year))
        {
            error = PeriodText.Texts.Format("NotAPeriodCode", code);
            return false;
        }
        if (text.Length == 4)
        {
            return TryCreate(PeriodType.Year, year, 1, out period, out error);
        }
        var (type, digits) = char.ToUpperInvariant(text[4]) switch
        {
            'H' => (PeriodType.Half, 1),
            'Q' => (PeriodType.Quarter, 1),
            'M' => (PeriodType.Month, 2),
            _ => ((PeriodType)0, 0),
        };
        var rest = text.AsSpan(5);
        if (type == 0 || rest.Length != digits || !int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            error = PeriodText.Texts.Format("NotAPeriodCode", code);
            return false;
        }
        return TryCreate(type, year, index, out period, out error);
    }

    /// <summary>The period of the given type that contains <paramref name="date"/>.</summary>
    public static Period Containing(DateOnly date, PeriodType type)
    {
        var months = new Period(type, date.Year, 1).MonthsLong;
        return Create(type, date.Year, (date.Month - 1) / months + 1);
    }

    /// <summary>The enclosing period of a longer (or equal) type: 2024M05 in Quarter is 2024Q2.</summary>
    public Period In(PeriodType longer) =>
        longer > Type
            ? throw new RuleViolationException(PeriodText.Texts.Format("LongerIsShorter", longer.InWords(), Type.InWords(), Code), "period")
            : Containing(Start, longer);

    public bool Contains(Period other) => other.Start >= Start && other.End <= End;

    public bool IsFirst => Year == MinYear && Index == 1;

    public bool IsLast => Year == MaxYear && End.Month == 12;

    public Period Next() => Containing(End.AddDays(1), Type);

    public Period Previous() => Containing(Start.AddDays(-1), Type);

    public int CompareTo(Period other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : other.MonthsLong.CompareTo(MonthsLong);
    }

    public static bool operator <(Period left, Period right) => left.CompareTo(right) < 0;
    public static bool operator >(Period left, Period right) => left.CompareTo(right) > 0;
    public static bool operator <=(Period left, Period right) => left.CompareTo(right) <= 0;
    public static bool operator >=(Period left, Period right) => left.CompareTo(right) >= 0;

    public override string ToString() => Code;
}
